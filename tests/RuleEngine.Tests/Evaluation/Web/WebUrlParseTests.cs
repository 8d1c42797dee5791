using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Evaluation.Web;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Evaluation.Web;

/// <summary>The span parser of <see cref="WebUrl.TryParse"/> agrees with the <see cref="Uri"/>-based reference parse.</summary>
public class WebUrlParseTests
{
    private static readonly string[] s_schemes = ["https://", "http://", "HTTPS://", "Http://", "ftp://", "https:", "https:/", "", " https://", "file://"];

    private static readonly string[] s_userinfo = ["", "", "", "user@", "user:pass@", "@", "a%40b@", "good.com\\@"];

    private static readonly string[] s_hosts =
    [
        "api.github.com", "API.GitHub.COM", "example.com.", "localhost", "a", "a-b.c", "-a.com", "a-.com", "a..b", ".a.com", "a_b.com",
        "127.0.0.1", "1.2.3", "0x7f.1", "2130706433", "1password.com", "1.com", "x.1", "[::1]", "[2001:db8::1]", "[::ffff:1.2.3.4]",
        "bücher.de", "BÜCHER.de", "xn--bcher-kva.de", "XN--BCHER-KVA.de", "xn--zz.de", "ab--cd.com", "%61pi.github.com", "a%2eb.com",
        "ex ample.com", "", "münchen.EXAMPLE.", "日本.jp", new string('a', 63) + ".com", new string('a', 64) + ".com",
        string.Join('.', Enumerable.Repeat(new string('b', 60), 5)), "éxample.com", "a.b.c.d.e.f.g", "www.EXAMPLE.org",
    ];

    private static readonly string[] s_ports = ["", "", ":443", ":80", ":8080", ":0", ":65535", ":65536", ":99999", ":", ":0080", ":12a", ":-1", ":1:2"];

    private static readonly string[] s_rests =
    [
        "", "/", "/repos/dotnet/runtime/issues", "/a%20b/%zz", "?q=1", "#frag", "/p?q=1#f", "/p#f?q", "/A/B/../C", "/./x", "//double",
        "/a b", "/caf\u00e9", "/\u65e5", "/tab\there", "/{}|^`", "/\\back", "?", "#", "/x?y/z", " ", "  /trail  ", "/%", "/~user", "/a:b@c",
        "/" + new string('p', 2100), "/\u0001",
    ];

    private static Gen<string> UrlGen =>
        from scheme in Gen.Elements(s_schemes)
        from userinfo in Gen.Elements(s_userinfo)
        from host in Gen.Elements(s_hosts)
        from port in Gen.Elements(s_ports)
        from rest in Gen.Elements(s_rests)
        select scheme + userinfo + host + port + rest;

    public static TheoryData<string> Shapes =>
    [
        "https://api.github.com/repos/dotnet/runtime/issues", "http://example.com", "https://EXAMPLE.com:8443/x?y#z",
        "https://user:pass@example.com/", "https://[::1]:8080/a", "https://example.com./", "https://bücher.de/x", "https://xn--bcher-kva.de/",
        "https://%65xample.com/", "HTTPS://Example.com/A%2Fb", "https://127.0.0.1/", "http://0x7f.1/", "https://a..b/", "https://-a.com/",
        "https://a.com:99999/", "https://a.com:/", "  https://a.com/  ", "https://a.com/\u00e9", "mailto:x@y.z", "https:///x", "", "   ", "ftp://a.com/",
        "https://a.com\\@evil.com/", "https://a.com?x", "https://a.com#y", "https://a.com/p#f?q", "https://a_b.example/", "https://" + new string('a', 64) + ".com/",
    ];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TryParse_EqualsUriParse_OnKnownShapes(string url) => AssertSame(url);

    [Fact]
    public void TryParse_EqualsUriParse_OnGeneratedUrls()
    {
        Check.One(PropertyConfig.Bounded(5000), Prop.ForAll(UrlGen.ToArbitrary(), url =>
        {
            AssertSame(url);
            return true;
        }));
    }

    [Fact]
    public void TryParse_EqualsUriParse_OnEveryCombinationOfHostAndPort()
    {
        foreach (string host in s_hosts)
        {
            foreach (string port in s_ports)
            {
                AssertSame("https://" + host + port + "/x");
                AssertSame("http://" + host + port);
            }
        }
    }

    [Fact]
    public void TryParse_AllocatesOnlyTheHostAndPath_ForAPlainUrl()
    {
        const string url = "https://api.github.com/repos/dotnet/runtime/issues";
        WebUrl parsed = default;
        for (int i = 0; i < 2000; i++)
        {
            WebUrl.TryParse(url, out parsed, out _);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            WebUrl.TryParse(url, out parsed, out _);
        }

        long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        Assert.Equal(new WebUrl("api.github.com", "/repos/dotnet/runtime/issues"), parsed);
        Assert.True(bytes <= 136, $"{bytes} B allocated");
    }

    private static void AssertSame(string url)
    {
        bool expectedOk = WebUrl.TryParseWithUri(url, out WebUrl expected, out string expectedError);
        bool actualOk = WebUrl.TryParse(url, out WebUrl actual, out string actualError);
        Assert.True(expectedOk == actualOk, $"`{url}`: Uri says {expectedOk}, TryParse says {actualOk}");
        Assert.True(expected == actual, $"`{url}`: Uri gives {expected}, TryParse gives {actual}");
        Assert.Equal(expectedError, actualError);
    }
}
