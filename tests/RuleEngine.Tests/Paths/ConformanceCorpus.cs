using System.Text.Json;

namespace RuleEngine.Tests.Paths;

/// <summary>Locates and reads <c>shared/conformance/cases.jsonl</c> (override with <c>RULEENGINE_SHARED</c>).</summary>
internal static class ConformanceCorpus
{
    public static string LocateCases()
    {
        string? overrideDir = Environment.GetEnvironmentVariable("RULEENGINE_SHARED");
        if (!string.IsNullOrEmpty(overrideDir))
        {
            string p = Path.Combine(overrideDir, "conformance", "cases.jsonl");
            return File.Exists(p) ? p : throw new FileNotFoundException($"RULEENGINE_SHARED is set but {p} does not exist");
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                string p = Path.Combine(candidate, "conformance", "cases.jsonl");
                if (File.Exists(p))
                {
                    return Path.GetFullPath(p);
                }
            }
        }

        throw new FileNotFoundException("shared/conformance/cases.jsonl not found above " + AppContext.BaseDirectory + "; set RULEENGINE_SHARED");
    }

    public static IEnumerable<JsonElement> ReadCases()
    {
        foreach (string line in File.ReadLines(LocateCases()))
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }
}
