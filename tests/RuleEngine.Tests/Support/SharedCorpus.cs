namespace RuleEngine.Tests.Support;

/// <summary>Locates <c>shared/</c> (the spec and conformance corpus) beside the repository, or via <c>RULEENGINE_SHARED</c>.</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string> s_directory = new(Find);

    /// <summary>The <c>shared</c> directory; throws with a clear message when it cannot be found.</summary>
    public static string Directory => s_directory.Value;

    /// <summary>A file under <c>shared/conformance</c>.</summary>
    public static string Conformance(string file) => Path.Combine(Directory, "conformance", file);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("RULEENGINE_SHARED") is { Length: > 0 } env)
        {
            return System.IO.Directory.Exists(Path.Combine(env, "conformance"))
                ? env
                : throw new DirectoryNotFoundException($"RULEENGINE_SHARED={env} has no conformance/ folder");
        }

        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(d.FullName, "shared"), Path.Combine(d.FullName, "..", "shared") })
            {
                if (File.Exists(Path.Combine(candidate, "conformance", "cases.jsonl")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/conformance/cases.jsonl not found beside the repository; set RULEENGINE_SHARED");
    }
}
