using RuleEngine.Diagnostics;
using RuleEngine.Syntax;
using RuleEngine.Syntax.Specifiers;

namespace RuleEngine.Tests.Grammar;

public class GrammarExamplesTests
{
    private static readonly string[] s_requiredValidKeys = ["list", "tool", "content", "kind", "canonical"];

    // settings.md §8 rows marked "error (oracle)" that concern a single rule string.
    private static readonly string[] s_oracleErrorIds =
        ["RE0010", "RE0011", "RE0012", "RE0017", "RE0018", "RE0019", "RE0020", "RE0021", "RE0022", "RE0023", "RE0024"];

    private static readonly string[] s_kinds =
    [
        "tool-wide", "command-exact", "command-prefix", "command-wildcard", "path", "domain", "parameter",
        "subagent", "skill-exact", "skill-prefix", "opaque",
    ];

    public static TheoryData<string> ValidNames() => new(GrammarExample.Names("valid"));

    public static TheoryData<string> InvalidNames() => new(GrammarExample.Names("invalid"));

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void ValidExample_ParseAndValidate_MatchesRecordedOutcome(string name)
    {
        GrammarExample example = GrammarExample.Load("valid", name);
        foreach (string key in s_requiredValidKeys)
        {
            Assert.True(example.Get(key) is not null, $"{name}.expected lacks `{key}:`");
        }

        ValidatedRule validated = RuleValidator.Validate(example.Rule, ListOf(example));
        PermissionRule rule = validated.Syntax.Rule;

        Assert.True(validated.IsLoaded, $"{name}: {string.Join("; ", validated.Diagnostics)}");
        Assert.False(validated.Syntax.IsMalformed);
        Assert.Equal(example.Get("tool"), rule.ToolName);
        Assert.Equal(example.Get("content"), rule.Content ?? "<none>");
        Assert.Equal(example.Get("canonical"), RulePrinter.Print(rule));
        Assert.Equal(rule, RuleParser.Parse(RulePrinter.Print(rule)).Rule);

        Specifier? spec = SpecifierParser.Parse(rule);
        Assert.Equal(example.Get("kind"), KindOf(spec));
        foreach ((string key, string value) in example.Expected)
        {
            if (key is "list" or "tool" or "content" or "kind" or "canonical")
            {
                continue;
            }

            Assert.True(Property(spec, SpecifierParser.ParseParameter(rule), key, out string? actual), $"{name}: unknown key `{key}` for {KindOf(spec)}");
            Assert.Equal(value, actual);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void InvalidExample_Validate_ReportsRecordedErrors(string name)
    {
        GrammarExample example = GrammarExample.Load("invalid", name);
        string[] expected = [.. example.GetAll("error").Order(StringComparer.Ordinal)];
        Assert.NotEmpty(expected);

        ValidatedRule validated = RuleValidator.Validate(example.Rule, ListOf(example));

        Assert.False(validated.IsLoaded);
        Assert.Equal(expected, validated.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(validated.Diagnostics, d => Assert.True(d.Location.Span.IsInside(example.Rule.Length)));
        if (example.Get("tool") is string tool)
        {
            Assert.Equal(tool, validated.Syntax.Rule.ToolName);
        }
    }

    [Fact]
    public void Examples_Collection_CoversEveryKindAndOracleError()
    {
        var valid = GrammarExample.Names("valid").Select(n => GrammarExample.Load("valid", n)).ToList();
        var invalid = GrammarExample.Names("invalid").Select(n => GrammarExample.Load("invalid", n)).ToList();

        Assert.True(valid.Count >= 40, $"{valid.Count} valid examples");
        Assert.True(invalid.Count >= 25, $"{invalid.Count} invalid examples");
        Assert.Empty(s_kinds.Except(valid.Select(e => e.Get("kind")!)));
        Assert.Empty(s_oracleErrorIds.Except(invalid.SelectMany(e => e.GetAll("error"))));
        Assert.Empty(Enum.GetNames<PathAnchor>().Select(a => a.ToLowerInvariant()).Except(valid.Select(e => e.Get("anchor")).OfType<string>()));
        Assert.Empty(Enum.GetNames<RuleBehavior>().Select(b => b.ToLowerInvariant()).Except(valid.Concat(invalid).Select(e => e.Get("list")!)));
    }

    private static RuleBehavior ListOf(GrammarExample example)
    {
        string list = example.Get("list") ?? throw new InvalidOperationException($"{example.Name}.expected lacks `list:`");
        Assert.True(RuleBehaviorNames.TryParse(list, out RuleBehavior behavior), $"unknown list `{list}`");
        return behavior;
    }

    private static string KindOf(Specifier? spec) => spec switch
    {
        null => "tool-wide",
        CommandPatternSpecifier c => "command-" + c.Kind.ToString().ToLowerInvariant(),
        PathSpecifier => "path",
        DomainSpecifier => "domain",
        ParameterSpecifier => "parameter",
        SubagentSpecifier => "subagent",
        SkillSpecifier s => "skill-" + s.Kind.ToString().ToLowerInvariant(),
        OpaqueSpecifier => "opaque",
        _ => throw new InvalidOperationException(spec.GetType().Name),
    };

    private static bool Property(Specifier? spec, ParameterSpecifier? parameter, string key, out string? value)
    {
        value = (key, spec) switch
        {
            ("prefix", CommandPatternSpecifier c) => c.Prefix,
            ("ignore-case", CommandPatternSpecifier c) => Bool(c.IgnoreCase),
            ("anchor", PathSpecifier p) => p.Anchor.ToString().ToLowerInvariant(),
            ("pattern", PathSpecifier p) => p.Pattern,
            ("negated", PathSpecifier p) => Bool(p.IsNegated),
            ("directory-only", PathSpecifier p) => Bool(p.IsDirectoryOnly),
            ("host", DomainSpecifier d) => d.HostPattern,
            ("agent", SubagentSpecifier a) => a.AgentType,
            ("skill", SkillSpecifier s) => s.Name,
            ("param-key", _) => parameter?.Key,
            ("param-value", _) => parameter?.Value,
            ("primary", _) => parameter is null ? null : Bool(parameter.IsPrimaryField),
            _ => "\0unknown",
        };
        return value != "\0unknown";
    }

    private static string Bool(bool b) => b ? "true" : "false";
}
