using System.Text;
using System.Text.Json;

namespace RuleEngine.Tests.Grammar;

/// <summary>
/// One file pair of <c>grammar/examples/{valid,invalid}/</c>: <c>NAME.rule</c> holds the exact rule bytes
/// (UTF-8), <c>NAME.expected</c> lines <c>key: value</c>; a value starting with <c>"</c> is a JSON string
/// (for leading/trailing spaces and newlines). Keys may repeat (<c>error:</c>).
/// </summary>
internal sealed class GrammarExample
{
    private GrammarExample(string name, string rule, IReadOnlyList<KeyValuePair<string, string>> expected)
    {
        Name = name;
        Rule = rule;
        Expected = expected;
    }

    public string Name { get; }

    public string Rule { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Expected { get; }

    public string? Get(string key) => Expected.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault();

    public IEnumerable<string> GetAll(string key) => Expected.Where(p => p.Key == key).Select(p => p.Value);

    /// <summary>The <c>grammar/examples/</c> folder of the repository holding <c>RuleEngine.sln</c>.</summary>
    public static string ExamplesDirectory()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RuleEngine.sln")))
            {
                return Path.Combine(dir.FullName, "grammar", "examples");
            }
        }

        throw new DirectoryNotFoundException($"no RuleEngine.sln above {AppContext.BaseDirectory}");
    }

    public static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ExamplesDirectory(), folder), "*.rule")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!;

    public static GrammarExample Load(string folder, string name)
    {
        string basePath = Path.Combine(ExamplesDirectory(), folder, name);
        string rule = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(basePath + ".rule"));
        var expected = new List<KeyValuePair<string, string>>();
        foreach (string line in File.ReadAllLines(basePath + ".expected"))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{name}.expected: `{line}` is not `key: value`");
            }

            string value = line[(colon + 2)..];
            if (value.StartsWith('"'))
            {
                value = JsonSerializer.Deserialize<string>(value) ?? throw new FormatException($"{name}.expected: null value");
            }

            expected.Add(new(line[..colon], value));
        }

        return new GrammarExample(name, rule, expected);
    }
}
