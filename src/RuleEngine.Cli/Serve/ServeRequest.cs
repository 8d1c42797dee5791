using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Settings;

namespace RuleEngine.Cli.Serve;

/// <summary>
/// One parsed request line. <see cref="Id"/> and <see cref="Call"/> point into the line's
/// <see cref="JsonDocument"/> and are valid only while it is.
/// </summary>
internal readonly record struct ServeRequest(ServeRequestKind Kind, JsonElement? Id, ToolCall? Call, string? Cwd, PermissionMode? Mode);
