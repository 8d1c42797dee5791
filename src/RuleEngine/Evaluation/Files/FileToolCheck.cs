using System.Text.Json;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>
/// One-shot entry points for the file-tool check. Each call compiles the rules; a host that checks many
/// calls should create a <see cref="FilePermissionPolicy"/> once per rule set and context and reuse it.
/// </summary>
internal static class FileToolCheck
{
    /// <summary>Decision.md §2 step 6 for Read, Edit, Write, NotebookEdit, Grep, Glob or LSP.</summary>
    public static FileVerdict Check(string toolName, JsonElement input, IReadOnlyList<RuleEntry> rules, FileCheckContext context) =>
        FilePermissionPolicy.Create(rules, context).Check(toolName, input);

    /// <summary>Decision.md §2 step 3 (the Read-deny validation of Edit and Write).</summary>
    public static FileVerdict Validate(string toolName, JsonElement input, IReadOnlyList<RuleEntry> rules, FileCheckContext context) =>
        FilePermissionPolicy.Create(rules, context).Validate(toolName, input);
}
