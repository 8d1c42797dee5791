using RuleEngine.Settings;
using System.Text.Json;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Evaluation.Files;

/// <summary>
/// The file-tool permission check (decision.md §2 steps 3 and 6, paths.md) for one rule list and one
/// context, compiled once and safe to share across threads. The engine calls <see cref="Validate(string, JsonElement)"/>
/// at step 3 and <see cref="Check(string, JsonElement)"/> at step 6; the Bash analyser uses
/// <c>FindRule</c>, <c>IsInsideWorkingDirectories</c> and <c>ClassifyProtected</c>.
/// Tool-level rules (bare <c>Read</c>, tool-name globs, parameter rules) are the engine's business.
/// </summary>
internal sealed partial class FilePermissionPolicy
{
    private readonly IFileSystemView _fs;

    private FilePermissionPolicy(PathRuleSet rules, FileCheckContext context)
    {
        Rules = rules;
        Context = context;
        _fs = context.FileSystem;
    }

    public PathRuleSet Rules { get; }

    public FileCheckContext Context { get; }

    public PathEnvironment Environment => Rules.Environment;

    /// <summary>Compiles the content-scoped <c>Read(…)</c>/<c>Edit(…)</c> rules of <paramref name="rules"/> for <paramref name="context"/>.</summary>
    public static FilePermissionPolicy Create(IEnumerable<RuleEntry> rules, FileCheckContext context) => Create(rules, context, null);

    /// <summary><see cref="Create(IEnumerable{RuleEntry}, FileCheckContext)"/> with each path rule's shared decision from <paramref name="decisions"/> (see <see cref="PathRule.SharedDecision"/>).</summary>
    public static FilePermissionPolicy Create(IEnumerable<RuleEntry> rules, FileCheckContext context, Func<RuleEntry, Decision?>? decisions)
    {
        ArgumentNullException.ThrowIfNull(context);
        var environment = new PathEnvironment(context.Cwd, context.Home, context.AdditionalWorkingDirectories, context.ProjectRoot);
        return new FilePermissionPolicy(PathRuleSet.Build(rules, environment, decisions), context);
    }

    /// <summary>True for Read, Grep, Glob, LSP, Edit, Write and NotebookEdit.</summary>
    public static bool IsFileTool(string toolName) => FileTool.Find(toolName) is not null;

    /// <summary>
    /// Step 3 (input validation): for Edit and Write, a target covered by a Read deny rule is denied
    /// ("File is covered by a Read deny rule…"). Everything else passes through.
    /// </summary>
    public FileVerdict Validate(string toolName, JsonElement input)
    {
        FileTool? tool = FileTool.Find(toolName);
        if (tool is null || !tool.ReadDenyBlocks || !TryGetPath(tool, input, null, out string? raw, out _))
        {
            return FileVerdict.Passthrough(new FileCheckReason(FileCheckReasonKind.NotGranted, string.Empty, string.Empty));
        }

        return ValidatePath(tool, raw!);
    }

    /// <summary>
    /// Step 3 for a tool call, when only a deny matters: the deny verdict, or null where
    /// <see cref="Validate(string, JsonElement)"/> passes through. Reads the path through the call's memo.
    /// </summary>
    public FileVerdict? ValidateDeny(ToolCall call)
    {
        FileTool? tool = FileTool.Find(call.ToolName);
        if (tool is null || !tool.ReadDenyBlocks)
        {
            return null;
        }

        Prepare(call, tool, out FileRequest request);
        return ValidateDeny(request);
    }

    /// <summary>
    /// Reads a file tool call's path (through the call's memo), resolves it as <see cref="Check(ToolCall, PermissionMode)"/>
    /// does and walks it once through the rule tables, for <see cref="ValidateDeny(in FileRequest)"/> and
    /// <see cref="CheckOutcome(in FileRequest, PermissionMode)"/> to share.
    /// </summary>
    public void Prepare(ToolCall call, FileTool tool, out FileRequest request)
    {
        request = default;
        request.Policy = this;
        request.Tool = tool;
        if (!TryGetPath(tool, call.Input, call, out string? raw, out string? problem))
        {
            request.Problem = problem;
            request.Path = new ResolvedPath(string.Empty, string.Empty);
            return;
        }

        // An absolute path is probed as written: when the walk finds it already normalised (what Normalize
        // would return unchanged), it is the requested path; otherwise normalise and probe the result.
        if (raw!.Length > 1 && raw[0] == '/')
        {
            Rules.Probe(raw, out request.Probe, out bool normalized);
            if (normalized)
            {
                request.Path = Resolve(raw, raw, tool.PathIsDirectory);
                return;
            }
        }

        request.Path = Resolve(raw, tool.PathIsDirectory);
        Rules.Probe(request.Path.Requested, out request.Probe, out _);
    }

    /// <summary><see cref="ValidateDeny(ToolCall)"/> for a prepared call.</summary>
    public FileVerdict? ValidateDeny(in FileRequest request) =>
        request.Tool is { ReadDenyBlocks: true } && request.Problem is null ? ValidateDenyPath(request.Path, request.Probe) : null;

    /// <summary><see cref="Check(ToolCall, PermissionMode)"/> for a prepared call, as an outcome (<see cref="FileRequest.Path"/> completes the verdict).</summary>
    public FileOutcome CheckOutcome(in FileRequest request, PermissionMode mode) =>
        request.Problem is not null
            ? FileOutcome.Ask(FileAskKind.SafetyCheck, FileCheckReasonKind.InvalidInput) with { Detail = request.Problem }
            : Check(request.Tool!, request.Path, request.Probe, mode);

    /// <summary>Step 3 for an already extracted path.</summary>
    public FileVerdict Validate(string toolName, string path)
    {
        FileTool? tool = FileTool.Find(toolName);
        return tool is { ReadDenyBlocks: true }
            ? ValidatePath(tool, path)
            : FileVerdict.Passthrough(new FileCheckReason(FileCheckReasonKind.NotGranted, path, path));
    }

    /// <summary>Step 6: the tool's own check for a hook-style input object, in the context's mode.</summary>
    public FileVerdict Check(string toolName, JsonElement input) => Check(toolName, input, Context.Mode);

    /// <summary>Step 6 in an explicit mode.</summary>
    public FileVerdict Check(string toolName, JsonElement input, PermissionMode mode)
    {
        FileTool tool = FileTool.Find(toolName) ?? throw new ArgumentException($"`{toolName}` is not a file tool", nameof(toolName));
        if (!TryGetPath(tool, input, null, out string? raw, out string? problem))
        {
            return FileVerdict.Ask(FileAskKind.SafetyCheck, new FileCheckReason(FileCheckReasonKind.InvalidInput, string.Empty, string.Empty) { Detail = problem });
        }

        return Check(tool, raw!, mode);
    }

    /// <summary>Step 6 for a tool call in an explicit mode; the same as <see cref="Check(string, JsonElement, PermissionMode)"/>, reading the path through the call's memo.</summary>
    public FileVerdict Check(ToolCall call, PermissionMode mode)
    {
        FileTool tool = FileTool.Find(call.ToolName) ?? throw new ArgumentException($"`{call.ToolName}` is not a file tool", nameof(call));
        if (!TryGetPath(tool, call.Input, call, out string? raw, out string? problem))
        {
            return FileVerdict.Ask(FileAskKind.SafetyCheck, new FileCheckReason(FileCheckReasonKind.InvalidInput, string.Empty, string.Empty) { Detail = problem });
        }

        return Check(tool, raw!, mode);
    }

    /// <summary>Step 6 for an already extracted path (relative paths resolve against the cwd).</summary>
    public FileVerdict Check(string toolName, string path, PermissionMode? mode = null)
    {
        FileTool tool = FileTool.Find(toolName) ?? throw new ArgumentException($"`{toolName}` is not a file tool", nameof(toolName));
        return Check(tool, path, mode ?? Context.Mode);
    }

    /// <summary>
    /// Normalises a path and resolves its symlinks through the context's file-system view. A path written
    /// with a trailing <c>/</c>, or <paramref name="knownDirectory"/>, counts as a directory for patterns ending in <c>/</c>.
    /// </summary>
    public ResolvedPath Resolve(string path, bool knownDirectory = false) => Resolve(path, Environment.Normalize(path), knownDirectory);

    // Resolve with the normalised form of path already known.
    private ResolvedPath Resolve(string path, string requested, bool knownDirectory)
    {
        string resolved = _fs.ResolveFully(requested);
        bool isDir = Rules.HasDirectoryOnlyPatterns
            && (knownDirectory || (path.Length > 1 && path[^1] is '/' or '\\') || _fs.IsDirectory(resolved));
        return new ResolvedPath(requested, resolved, isDir);
    }

    /// <summary>
    /// The first <paramref name="access"/> rule in the <paramref name="behavior"/> list covering <paramref name="path"/>,
    /// with the symlink semantics of paths.md §6: deny/ask match when the requested or the resolved path
    /// matches; allow needs both (the returned rule is the one covering the requested path).
    /// </summary>
    public RuleEntry? FindRule(PathAccess access, RuleBehavior behavior, string path) => FindRule(access, behavior, Resolve(path));

    /// <inheritdoc cref="FindRule(PathAccess, RuleBehavior, string)"/>
    public RuleEntry? FindRule(PathAccess access, RuleBehavior behavior, ResolvedPath path) => FindRule(access, behavior, path, default)?.Entry;

    // The compiled rule whose entry FindRule returns. probe: Rules.Probe(path.Requested), or default to walk the path in the lookup.
    private PathRule? FindRule(PathAccess access, RuleBehavior behavior, in ResolvedPath path, in PathProbe probe)
    {
        bool isDir = path.IsDirectory;
        PathRule? onRequested = Rules.FindMatch(access, behavior, path.Requested, isDir, probe);
        if (!path.ThroughLink)
        {
            return onRequested;
        }

        PathRule? onResolved = Rules.FindMatch(access, behavior, path.Resolved, isDir);
        if (behavior == RuleBehavior.Allow)
        {
            return onRequested is not null && onResolved is not null ? onRequested : null;
        }

        return onRequested ?? onResolved;
    }

    /// <summary>True when both the requested and the resolved path lie inside a working directory (case-sensitive).</summary>
    public bool IsInsideWorkingDirectories(string path) => IsInsideWorkingDirectories(Resolve(path));

    /// <inheritdoc cref="IsInsideWorkingDirectories(string)"/>
    public bool IsInsideWorkingDirectories(ResolvedPath path) =>
        Environment.IsInsideWorkingDirectories(path.Requested) && (!path.ThroughLink || Environment.IsInsideWorkingDirectories(path.Resolved));

    /// <summary>The protected-path class of the requested or resolved path (the stronger one).</summary>
    public ProtectedPathKind ClassifyProtected(string path) => ClassifyProtected(Resolve(path));

    /// <inheritdoc cref="ClassifyProtected(string)"/>
    public ProtectedPathKind ClassifyProtected(ResolvedPath path) => ClassifyProtected(path, default);

    // probe: as for FindRule; a complete probe that met no protected name settles the requested path at once.
    private static ProtectedPathKind ClassifyProtected(in ResolvedPath path, in PathProbe probe)
    {
        if (probe.Complete && !probe.MayBeProtected && !path.ThroughLink)
        {
            return ProtectedPathKind.None;
        }

        ProtectedPathKind kind = ProtectedPaths.Classify(path.Requested);
        return kind != ProtectedPathKind.None || !path.ThroughLink ? kind : ProtectedPaths.Classify(path.Resolved);
    }

    // call, when given, is the call whose Input is input: its memo supplies the string.
    private static bool TryGetPath(FileTool tool, JsonElement input, ToolCall? call, out string? path, out string? problem)
    {
        path = null;
        problem = null;

        // The memo holds the string value of a property that exists and is a string: that branch below, without reading the input.
        if (call?.GetString(tool.PathField) is { } memo)
        {
            path = memo;
            if (path.Length == 0 && !tool.PathDefaultsToCwd)
            {
                problem = $"`{tool.PathField}` is empty";
                return false;
            }

            return true;
        }

        if (input.ValueKind != JsonValueKind.Object)
        {
            problem = "the input is not a JSON object";
            return false;
        }

        string field = tool.PathField;
        if (!input.TryGetProperty(field, out JsonElement value) && !(tool.Name == "LSP" && input.TryGetProperty(field = "file_path", out value)))
        {
            if (tool.PathDefaultsToCwd)
            {
                path = string.Empty;
                return true;
            }

            problem = $"missing `{tool.PathField}`";
            return false;
        }

        if (value.ValueKind == JsonValueKind.Null && tool.PathDefaultsToCwd)
        {
            path = string.Empty;
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"`{tool.PathField}` is not a string";
            return false;
        }

        path = call?.GetString(field) ?? value.GetString()!;
        if (path.Length == 0 && !tool.PathDefaultsToCwd)
        {
            problem = $"`{tool.PathField}` is empty";
            return false;
        }

        return true;
    }
}

/// <summary>A file tool call prepared once by <see cref="FilePermissionPolicy.Prepare"/>: the policy, the tool, the input problem or the resolved path and its probe.</summary>
internal struct FileRequest
{
    /// <summary>The policy that prepared the call.</summary>
    public FilePermissionPolicy? Policy;

    /// <summary>The file tool called.</summary>
    public FileTool? Tool;

    /// <summary>Why the input has no usable path, or null.</summary>
    public string? Problem;

    /// <summary>The resolved path (both empty when <see cref="Problem"/> is set).</summary>
    public ResolvedPath Path;

    /// <summary>The probe of <see cref="ResolvedPath.Requested"/>.</summary>
    public PathProbe Probe;
}
