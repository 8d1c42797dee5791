namespace RuleEngine.Diagnostics;

/// <summary>
/// Every diagnostic RuleEngine can report. IDs are stable and never reused:
/// <c>RE0xxx</c> syntax and schema, <c>RE1xxx</c> rule-set analysis, <c>RE2xxx</c> compilation,
/// <c>RE9xxx</c> internal. The README's diagnostics table is generated from this list (a test checks it).
/// </summary>
public static partial class Descriptors
{
    private const string Syntax = "syntax";
    private const string Schema = "schema";
    private const string Rules = "rules";
    private const string Paths = "paths";
    private const string Scopes = "scopes";
    private const string AutoMode = "auto-mode";
    private const string Security = "security";

    // ---- RE00xx: files and JSON ----

    /// <summary>The settings file is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("RE0001", "invalid JSON", DiagnosticSeverity.Error, Syntax);

    /// <summary>The settings file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new("RE0002", "file is not UTF-8", DiagnosticSeverity.Error, Syntax);

    /// <summary>The settings file is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new("RE0003", "empty settings file", DiagnosticSeverity.Error, Syntax);

    /// <summary>The JSON nests deeper than the loader accepts.</summary>
    public static readonly DiagnosticDescriptor TooDeep = new("RE0004", "JSON nested too deeply", DiagnosticSeverity.Error, Syntax);

    /// <summary>The file cannot be read (missing, a directory, no permission).</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new("RE0005", "file cannot be read", DiagnosticSeverity.Error, Syntax);

    /// <summary>The top-level JSON value is not an object.</summary>
    public static readonly DiagnosticDescriptor RootNotObject = new("RE0006", "settings root is not an object", DiagnosticSeverity.Error, Schema);

    // ---- RE001x-RE003x: rule strings and schema ----

    /// <summary>An empty rule string.</summary>
    public static readonly DiagnosticDescriptor EmptyRule = new("RE0010", "empty rule", DiagnosticSeverity.Error, Syntax);

    /// <summary>Unbalanced or misplaced parentheses.</summary>
    public static readonly DiagnosticDescriptor MalformedParentheses = new("RE0011", "malformed parentheses", DiagnosticSeverity.Error, Syntax);

    /// <summary><c>Bash()</c>: empty parentheses.</summary>
    public static readonly DiagnosticDescriptor EmptyParentheses = new("RE0012", "empty parentheses", DiagnosticSeverity.Error, Syntax);

    /// <summary>A rule entry that is not a string.</summary>
    public static readonly DiagnosticDescriptor RuleNotString = new("RE0013", "rule is not a string", DiagnosticSeverity.Error, Schema);

    /// <summary>A key with the wrong JSON type (<c>allow</c> not an array, …).</summary>
    public static readonly DiagnosticDescriptor WrongType = new("RE0014", "value has the wrong type", DiagnosticSeverity.Error, Schema);

    /// <summary>An unknown key inside <c>permissions</c>.</summary>
    public static readonly DiagnosticDescriptor UnknownPermissionsKey = new("RE0015", "unknown permissions key", DiagnosticSeverity.Warning, Schema);

    /// <summary>An invalid <c>defaultMode</c> value.</summary>
    public static readonly DiagnosticDescriptor InvalidDefaultMode = new("RE0016", "invalid defaultMode", DiagnosticSeverity.Error, Schema);

    /// <summary>Tool name not starting with an uppercase letter (and without <c>_</c>).</summary>
    public static readonly DiagnosticDescriptor LowercaseToolName = new("RE0017", "tool name must start uppercase", DiagnosticSeverity.Error, Syntax);

    /// <summary><c>Bash(:*)</c>: a prefix rule with nothing before <c>:*</c>.</summary>
    public static readonly DiagnosticDescriptor EmptyPrefix = new("RE0018", "empty prefix before :*", DiagnosticSeverity.Error, Syntax);

    /// <summary>An escaped parenthesis next to an unescaped one (Windows paths).</summary>
    public static readonly DiagnosticDescriptor AmbiguousEscape = new("RE0019", "ambiguous escaped parenthesis", DiagnosticSeverity.Error, Syntax);

    /// <summary>Content on an MCP rule.</summary>
    public static readonly DiagnosticDescriptor McpContent = new("RE0020", "MCP rules take no content", DiagnosticSeverity.Error, Syntax);

    /// <summary><c>WebFetch(example.com)</c>: content without <c>domain:</c>.</summary>
    public static readonly DiagnosticDescriptor WebFetchWithoutDomain = new("RE0021", "WebFetch content needs domain:", DiagnosticSeverity.Error, Syntax);

    /// <summary>Wildcards in WebSearch content.</summary>
    public static readonly DiagnosticDescriptor WebSearchWildcard = new("RE0022", "wildcard in WebSearch content", DiagnosticSeverity.Error, Syntax);

    /// <summary><c>:*</c> in a file path rule.</summary>
    public static readonly DiagnosticDescriptor PrefixInPathRule = new("RE0023", ":* in a path rule", DiagnosticSeverity.Error, Syntax);

    /// <summary>A tool-name glob in an allow rule outside <c>mcp__server__…</c>.</summary>
    public static readonly DiagnosticDescriptor AllowToolGlob = new("RE0024", "tool-name glob in allow", DiagnosticSeverity.Error, Rules);

    /// <summary>A wrong JSON type somewhere in a known settings key outside permissions.</summary>
    public static readonly DiagnosticDescriptor AutoModeWrongType = new("RE0025", "autoMode value has the wrong type", DiagnosticSeverity.Error, Schema);

    // ---- RE1xxx: analysis ----

    /// <summary>A tool name that is not a known tool.</summary>
    public static readonly DiagnosticDescriptor UnknownTool = new("RE1001", "unknown tool name", DiagnosticSeverity.Warning, Rules);

    /// <summary>A path rule on a tool that never consults it (<c>Write(path)</c>, <c>Glob(path)</c>, …).</summary>
    public static readonly DiagnosticDescriptor PathRuleNeverConsulted = new("RE1002", "path rule is never consulted", DiagnosticSeverity.Warning, Rules);

    /// <summary>A parameter rule on the tool's primary field (<c>Bash(command:rm *)</c>).</summary>
    public static readonly DiagnosticDescriptor ParameterOnPrimaryField = new("RE1003", "parameter rule on primary field", DiagnosticSeverity.Warning, Rules);

    /// <summary>A parameter rule in an allow list (never matches).</summary>
    public static readonly DiagnosticDescriptor ParameterRuleInAllow = new("RE1004", "parameter rule in allow", DiagnosticSeverity.Warning, Rules);

    /// <summary><c>:*</c> not at the end of a command pattern.</summary>
    public static readonly DiagnosticDescriptor PrefixNotAtEnd = new("RE1005", ":* not at the end", DiagnosticSeverity.Warning, Rules);

    /// <summary><c>*</c> mixed with a trailing <c>:*</c> (the <c>*</c> is literal).</summary>
    public static readonly DiagnosticDescriptor StarWithPrefix = new("RE1006", "* mixed with :*", DiagnosticSeverity.Warning, Rules);

    /// <summary>An allow wildcard inside a variable value.</summary>
    public static readonly DiagnosticDescriptor WildcardInAssignment = new("RE1007", "wildcard in a variable value", DiagnosticSeverity.Warning, Security);

    /// <summary>An allow wildcard before the subcommand (options can be injected).</summary>
    public static readonly DiagnosticDescriptor WildcardBeforeSubcommand = new("RE1008", "wildcard before the subcommand", DiagnosticSeverity.Warning, Security);

    /// <summary>A single leading <c>/</c> that looks like an absolute path.</summary>
    public static readonly DiagnosticDescriptor SingleSlashAbsolute = new("RE1009", "single leading slash is source-relative", DiagnosticSeverity.Warning, Paths);

    /// <summary>A path pattern with <c>..</c> or a bare <c>~</c> that never matches.</summary>
    public static readonly DiagnosticDescriptor PathNeverMatches = new("RE1010", "path pattern never matches", DiagnosticSeverity.Warning, Paths);

    /// <summary>An allow rule made unreachable by a broader deny or ask rule.</summary>
    public static readonly DiagnosticDescriptor ShadowedRule = new("RE1011", "rule is shadowed", DiagnosticSeverity.Warning, Rules);

    /// <summary>An allow rule that auto mode drops.</summary>
    public static readonly DiagnosticDescriptor DroppedInAutoMode = new("RE1012", "allow rule dropped in auto mode", DiagnosticSeverity.Info, AutoMode);

    /// <summary>An over-broad allow rule.</summary>
    public static readonly DiagnosticDescriptor OverBroadAllow = new("RE1013", "over-broad allow rule", DiagnosticSeverity.Warning, Security);

    /// <summary>The same canonical rule twice in one list.</summary>
    public static readonly DiagnosticDescriptor DuplicateRule = new("RE1014", "duplicate rule", DiagnosticSeverity.Info, Rules);

    /// <summary>The same rule in two lists.</summary>
    public static readonly DiagnosticDescriptor RuleInTwoLists = new("RE1015", "rule in two lists", DiagnosticSeverity.Warning, Rules);

    /// <summary>Project allow rules ignored because the workspace is untrusted.</summary>
    public static readonly DiagnosticDescriptor UntrustedProjectAllow = new("RE1016", "project allow rule needs workspace trust", DiagnosticSeverity.Info, Scopes);

    /// <summary><c>autoMode</c> in a scope that ignores it.</summary>
    public static readonly DiagnosticDescriptor AutoModeIgnoredScope = new("RE1017", "autoMode ignored in this scope", DiagnosticSeverity.Warning, Scopes);

    /// <summary>A managed-only key outside managed settings.</summary>
    public static readonly DiagnosticDescriptor ManagedOnlyKey = new("RE1018", "key has effect only in managed settings", DiagnosticSeverity.Warning, Scopes);

    /// <summary>A launcher-only key outside <c>--settings</c>.</summary>
    public static readonly DiagnosticDescriptor LauncherOnlyKey = new("RE1019", "key has effect only from --settings", DiagnosticSeverity.Warning, Scopes);

    /// <summary>An <c>autoMode</c> section without <c>"$defaults"</c>.</summary>
    public static readonly DiagnosticDescriptor AutoModeWithoutDefaults = new("RE1020", "autoMode section drops the built-in entries", DiagnosticSeverity.Warning, AutoMode);

    /// <summary><c>defaultMode: auto</c> or <c>bypassPermissions</c> in project/local settings.</summary>
    public static readonly DiagnosticDescriptor DefaultModeIgnored = new("RE1021", "defaultMode ignored in this scope", DiagnosticSeverity.Warning, Scopes);

    /// <summary>Bidirectional-control or confusable characters inside a rule.</summary>
    public static readonly DiagnosticDescriptor SuspiciousCharacter = new("RE1022", "invisible or confusable character", DiagnosticSeverity.Warning, Security);

    /// <summary><c>Bash(npm run build:*)</c> does not match <c>npm run build:prod</c>.</summary>
    public static readonly DiagnosticDescriptor PrefixColonMeaning = new("RE1023", ":* is a word prefix", DiagnosticSeverity.Info, Rules);

    /// <summary>A tool-name glob combined with content never matches.</summary>
    public static readonly DiagnosticDescriptor ToolGlobWithContent = new("RE1024", "tool-name glob with content", DiagnosticSeverity.Warning, Rules);

    /// <summary>A scope-related key with an ignored value (e.g. <c>denyInsteadOfPrompting</c> in project settings).</summary>
    public static readonly DiagnosticDescriptor KeyIgnoredInScope = new("RE1025", "key ignored in this scope", DiagnosticSeverity.Warning, Scopes);

    /// <summary>Leading or trailing whitespace in a tool name.</summary>
    public static readonly DiagnosticDescriptor ToolNameWhitespace = new("RE1026", "whitespace around tool name", DiagnosticSeverity.Warning, Rules);

    // ---- RE9xxx: internal ----

    /// <summary>An internal error; please report it.</summary>
    public static readonly DiagnosticDescriptor InternalError = new("RE9001", "internal error", DiagnosticSeverity.Error, "internal");

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(Descriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();
}
