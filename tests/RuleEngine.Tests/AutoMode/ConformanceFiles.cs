namespace RuleEngine.Tests.AutoMode;

/// <summary>Locates <c>shared/conformance</c> by walking up from the test binaries.</summary>
internal static class ConformanceFiles
{
    public static string StripCases => Path.Combine(Directory, "strip-cases.jsonl");

    private static string Directory { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "conformance");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/conformance not found above " + AppContext.BaseDirectory);
    }
}
