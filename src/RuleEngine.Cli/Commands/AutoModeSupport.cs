using System.Text.Json;
using RuleEngine.AutoMode;
using RuleEngine.AutoMode.BuiltIn;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Configuration;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Cli.Commands;

/// <summary>
/// Auto mode for the evaluating commands: the effective <c>autoMode</c> configuration from the loaded
/// settings, and the classifier chosen with <c>--classifier-url URL [--classifier-model M] [--api-key-env VAR]</c>
/// (a model endpoint in the Messages API shape) or, by default, the built-in offline classifier.
/// </summary>
internal static class AutoModeSupport
{
    public static readonly string[] Valued = ["--classifier-url", "--classifier-model", "--api-key-env", "--classifier-timeout"];

    /// <summary>The evaluator for a session in auto mode. The CLI is non-interactive: a paused breaker denies.</summary>
    public static AutoModeEvaluator Create(ArgReader a, PolicyOptions policy, bool interactive = false)
    {
        var scopes = new List<AutoModeScopeInput>();
        foreach (SettingsDocument doc in policy.RuleSet.Documents.Where(d => d.IsUsable))
        {
            using JsonDocument json = JsonDocument.Parse(doc.Source.Text);
            scopes.Add(new AutoModeScopeInput(doc.Scope, json.RootElement.Clone(), doc.Path));
        }

        AutoModeConfig config = AutoModeConfigLoader.Load(scopes).Config;
        TimeSpan timeout = TimeSpan.FromSeconds(double.TryParse(a.Single("--classifier-timeout"), out double s) && s > 0 ? s : 30);
        IClassifier classifier = a.Single("--classifier-url") is { } url
            ? new HttpClassifier(new HttpClient(), new HttpClassifierOptions(new Uri(url), a.Single("--classifier-model") ?? "claude-sonnet-4-5", a.Single("--api-key-env") ?? "ANTHROPIC_API_KEY"))
            : new BuiltInClassifier();
        return new AutoModeEvaluator(policy.RuleSet.Rules, config, classifier, timeout, interactive);
    }

    /// <summary>
    /// settings.md §4: with <c>disableAutoMode</c> a session that would start in auto starts in default, and
    /// with <c>disableBypassPermissionsMode</c> bypassPermissions is refused (the session runs in default).
    /// </summary>
    public static PolicyOptions ApplyDisable(PolicyOptions policy, TextWriter stderr)
    {
        PermissionMode? refused = policy.Context.Mode switch
        {
            PermissionMode.Auto when policy.RuleSet.Settings.DisableAutoMode => PermissionMode.Auto,
            PermissionMode.BypassPermissions when policy.RuleSet.Settings.DisableBypassPermissionsMode => PermissionMode.BypassPermissions,
            _ => null,
        };
        if (refused is { } mode)
        {
            string key = mode == PermissionMode.Auto ? "disableAutoMode" : "disableBypassPermissionsMode";
            stderr.WriteLine($"rulec: {mode.ToName()} is disabled by `{key}`; evaluating in default mode");
            return policy with { Context = policy.Context with { Mode = PermissionMode.Default } };
        }

        return policy;
    }

    /// <summary>The decision in auto mode: fast path, then the classifier.</summary>
    public static Decision Decide(ArgReader a, PolicyOptions policy, ToolCall call) =>
        Create(a, policy).DecideAsync(call, policy.Context).AsTask().GetAwaiter().GetResult();
}
