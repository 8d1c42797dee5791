using System.Collections.Immutable;
using System.Text.Json;

namespace RuleEngine.Testing;

/// <summary>Reads JSON-lines case files (decision cases; strip cases are recognised by their <c>rule</c> field).</summary>
public static class CaseFile
{
    /// <summary>Reads every non-blank line of <paramref name="path"/> as a JSON object.</summary>
    public static ImmutableArray<(JsonElement Element, int Line)> ReadLines(string path)
    {
        var result = ImmutableArray.CreateBuilder<(JsonElement, int)>();
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                result.Add((doc.RootElement.Clone(), lineNo));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}({lineNo}): invalid JSON: {ex.Message}");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>True when the element is an auto-mode strip case (<c>rule</c> + <c>expect: dropped|kept</c>).</summary>
    public static bool IsStripCase(JsonElement e) => e.TryGetProperty("rule", out _) && !e.TryGetProperty("rules", out _);

    /// <summary>Reads the decision cases of a file (strip cases are skipped).</summary>
    public static ImmutableArray<DecisionCase> ReadDecisionCases(string path) =>
        ReadLines(path).Where(x => !IsStripCase(x.Element)).Select(x => DecisionCase.Parse(x.Element, x.Line)).ToImmutableArray();
}
