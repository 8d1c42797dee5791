using System.Collections.Immutable;
using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Settings;
using RuleEngine.Syntax;

namespace RuleEngine.Testing;

/// <summary>One rule of a decision case: the raw string, its list and its scope.</summary>
/// <param name="Behavior">The list.</param>
/// <param name="Text">The rule as a user would write it (may be invalid on purpose).</param>
/// <param name="Source">The scope.</param>
public sealed record CaseRule(RuleBehavior Behavior, string Text, RuleSource Source);

/// <summary>
/// A labelled permission decision in the conformance format (<c>shared/conformance/README.md</c>):
/// rules, mode, directories, a tool call and the expected outcome.
/// </summary>
public sealed record DecisionCase
{
    /// <summary>Stable case name.</summary>
    public required string Id { get; init; }

    /// <summary>Feature category, e.g. <c>bash.compound</c>.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>Configured rules (invalid ones are skipped on load, like Claude Code).</summary>
    public ImmutableArray<CaseRule> Rules { get; init; } = [];

    /// <summary>The permission mode.</summary>
    public PermissionMode Mode { get; init; }

    /// <summary>The working directory.</summary>
    public required string Cwd { get; init; }

    /// <summary>The home directory.</summary>
    public required string Home { get; init; }

    /// <summary>The call.</summary>
    public required ToolCall Call { get; init; }

    /// <summary>The expected outcome (allow, ask or deny).</summary>
    public DecisionBehavior Expect { get; init; }

    /// <summary>Claude Code's own reason, for humans only.</summary>
    public string? Reason { get; init; }

    /// <summary>1-based line in the case file.</summary>
    public int Line { get; init; }

    /// <summary>Loads the case's rules like settings loading would: invalid entries skipped, provenance kept.</summary>
    public ImmutableArray<RuleEntry> LoadRules()
    {
        var result = ImmutableArray.CreateBuilder<RuleEntry>();
        foreach (CaseRule r in Rules)
        {
            ValidatedRule validated = RuleValidator.Validate(r.Text, r.Behavior);
            if (!validated.IsLoaded)
            {
                continue;
            }

            string? root = r.Source == RuleSource.UserSettings ? Path.Combine(Home, ".claude") : null;
            result.Add(new RuleEntry(validated.Syntax.Rule, r.Behavior, r.Source, Diagnostics.Location.None, root) { Written = r.Text });
        }

        return result.ToImmutable();
    }

    /// <summary>The evaluation context the case describes.</summary>
    /// <remarks>The corpus does not depend on files existing on disk, so symlinks resolve against an empty in-memory file system.</remarks>
    public EvaluationContext Context() => new() { Cwd = Cwd, Home = Home, Mode = Mode, ProjectRoot = Cwd, FileSystem = Paths.InMemoryFileSystemView.Empty };

    /// <summary>Parses one JSON line; throws <see cref="FormatException"/> with a clear message on bad input.</summary>
    public static DecisionCase Parse(JsonElement e, int line)
    {
        string id = Str(e, "id", line);
        var rules = ImmutableArray.CreateBuilder<CaseRule>();
        if (e.TryGetProperty("rules", out JsonElement rs))
        {
            if (rs.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"case `{id}`: `rules` must be an array");
            }

            foreach (JsonElement r in rs.EnumerateArray())
            {
                string behavior = Str(r, "behavior", line);
                if (!RuleBehaviorNames.TryParse(behavior, out RuleBehavior b))
                {
                    throw new FormatException($"case `{id}`: unknown behavior `{behavior}` (expected allow, ask or deny)");
                }

                string sourceName = r.TryGetProperty("source", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "localSettings";
                if (!RuleSourceNames.TryParse(sourceName, out RuleSource source))
                {
                    throw new FormatException($"case `{id}`: unknown source `{sourceName}`");
                }

                rules.Add(new CaseRule(b, Str(r, "rule", line), source));
            }
        }

        string modeName = e.TryGetProperty("mode", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "default";
        if (!PermissionModeNames.TryParse(modeName, out PermissionMode mode))
        {
            throw new FormatException($"case `{id}`: unknown mode `{modeName}`");
        }

        string expectName = Str(e, "expect", line);
        DecisionBehavior expect = expectName switch
        {
            "allow" => DecisionBehavior.Allow,
            "ask" => DecisionBehavior.Ask,
            "deny" => DecisionBehavior.Deny,
            _ => throw new FormatException($"case `{id}`: `expect` must be allow, ask or deny, not `{expectName}`"),
        };

        JsonElement input = e.TryGetProperty("input", out JsonElement i) ? i.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
        if (input.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"case `{id}`: `input` must be an object");
        }

        return new DecisionCase
        {
            Id = id,
            Category = e.TryGetProperty("category", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty,
            Rules = rules.ToImmutable(),
            Mode = mode,
            Cwd = e.TryGetProperty("cwd", out JsonElement cwd) && cwd.ValueKind == JsonValueKind.String ? cwd.GetString()! : Directory.GetCurrentDirectory(),
            Home = e.TryGetProperty("home", out JsonElement home) && home.ValueKind == JsonValueKind.String ? home.GetString()! : SettingsLoadOptions.DefaultHomeDirectory,
            Call = new ToolCall(Str(e, "tool", line), input),
            Expect = expect,
            Reason = e.TryGetProperty("reason", out JsonElement reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null,
            Line = line,
        };
    }

    internal static string Str(JsonElement e, string name, int line)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out JsonElement v) || v.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"line {line}: missing string field `{name}`");
        }

        return v.GetString()!;
    }
}
