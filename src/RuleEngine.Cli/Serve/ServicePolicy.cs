using System.Collections.Concurrent;
using System.Collections.Immutable;
using RuleEngine.AutoMode;
using RuleEngine.Cli.Commands;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// One loaded policy: the rule set, the single <see cref="PermissionEngine"/> built over it, and the
/// evaluation context of each request (the service's defaults, overridden by the request's <c>cwd</c>
/// and mode). Immutable apart from a bounded cache of contexts; shared by every connection.
/// </summary>
internal sealed class ServicePolicy
{
    private const int MaxCachedContexts = 256;

    private readonly PolicyOptions _options;
    private readonly string? _projectRoot;
    private readonly ImmutableArray<string> _addDirs;
    private readonly ConcurrentDictionary<(string Cwd, PermissionMode Mode), EvaluationContext> _contexts = new();

    public ServicePolicy(PolicyOptions options, string? projectRoot, ImmutableArray<string> addDirs)
    {
        _options = options;
        _projectRoot = projectRoot;
        _addDirs = addDirs;
        Engine = new PermissionEngine(options.RuleSet);
    }

    /// <summary>The one engine every request of this policy is decided by.</summary>
    public PermissionEngine Engine { get; }

    public RuleSet RuleSet => _options.RuleSet;

    /// <summary>The number of active rules (settings files plus inline <c>--allow/--ask/--deny</c>).</summary>
    public int RuleCount => _options.RuleSet.Rules.Length;

    /// <summary>The context for the service's own <c>--cwd</c> and <c>--mode</c>.</summary>
    public EvaluationContext DefaultContext => _options.Context;

    /// <summary>
    /// The context for a request: its absolute <paramref name="cwd"/> (else <c>--cwd</c>) and its
    /// <paramref name="mode"/> (else <c>--mode</c> or the settings' <c>defaultMode</c>). With
    /// <c>disableAutoMode</c> a request for auto is decided in default mode, as a session would start.
    /// </summary>
    public EvaluationContext ContextFor(string? cwd, PermissionMode? mode)
    {
        EvaluationContext basis = _options.Context;
        PermissionMode m = mode ?? basis.Mode;
        if ((m == PermissionMode.Auto && RuleSet.Settings.DisableAutoMode)
            || (m == PermissionMode.BypassPermissions && RuleSet.Settings.DisableBypassPermissionsMode))
        {
            m = PermissionMode.Default;
        }

        if (cwd is null || string.Equals(cwd, basis.Cwd, StringComparison.Ordinal))
        {
            return m == basis.Mode ? basis : _contexts.TryGetValue((basis.Cwd, m), out EvaluationContext? c) ? c : Cache((basis.Cwd, m), basis with { Mode = m });
        }

        if (_contexts.TryGetValue((cwd, m), out EvaluationContext? cached))
        {
            return cached;
        }

        // The same construction as PolicyOptions.Load, for another working directory: the project root and
        // the settings' additionalDirectories are resolved against it.
        EvaluationContext context = new EvaluationContext
        {
            Cwd = cwd,
            Home = basis.Home,
            Mode = m,
            ProjectRoot = _projectRoot ?? cwd,
            AdditionalDirectories = _addDirs,
        }.WithSettings(RuleSet.Settings);
        return Cache((cwd, m), context);
    }

    /// <summary>A fresh auto-mode session over this policy with the built-in offline classifier; a paused breaker denies.</summary>
    public AutoModeEvaluator CreateAutoMode(ArgReader args) => AutoModeSupport.Create(args, _options, interactive: false);

    private EvaluationContext Cache((string, PermissionMode) key, EvaluationContext context)
    {
        if (_contexts.Count < MaxCachedContexts)
        {
            _contexts.TryAdd(key, context);
        }

        return context;
    }
}
