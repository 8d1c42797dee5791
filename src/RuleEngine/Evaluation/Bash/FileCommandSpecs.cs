using System.Collections.Frozen;

namespace RuleEngine.Evaluation.Bash;

/// <summary>The bash.md §8 table with per-command option knowledge (cd, find and git are handled in code).</summary>
internal static class FileCommandSpecs
{
    private const PathOperation R = PathOperation.Read;
    private const PathOperation W = PathOperation.Write;
    private const PathOperation C = PathOperation.Create;

    private static readonly FileCommandSpec s_flagsRead = new(R, OptionTable.FlagsOnly);

    private static readonly FileCommandSpec s_grep = new(
        R,
        new OptionTable("efmABCdD", ["regexp", "file", "max-count", "after-context", "before-context", "context", "directories", "devices", "include", "exclude", "exclude-from", "exclude-dir", "label", "binary-files", "group-separator"]),
        OperandRole.ScriptThenPaths,
        "ef",
        ["regexp", "file"],
        [("-f", R), ("--file", R), ("--exclude-from", R)]);

    private static readonly FileCommandSpec s_awk = new(
        R,
        new OptionTable("fvFeiElW", ["file", "assign", "field-separator", "source", "include", "load", "exec"]),
        OperandRole.ScriptThenPaths,
        "feE",
        ["file", "source", "exec"],
        [("-f", R), ("--file", R), ("-E", R), ("--exec", R)]);

    private static readonly FileCommandSpec s_sum = new(R, OptionTable.FlagsOnly);

    /// <summary>Commands handled by the generic operand walk; cd, find, git and jq have their own code.</summary>
    public static readonly FrozenDictionary<string, FileCommandSpec> Specs = new Dictionary<string, FileCommandSpec>(StringComparer.Ordinal)
    {
        ["ls"] = new(R, new OptionTable("ITw", ["ignore", "hide", "block-size", "format", "indicator-style", "quoting-style", "sort", "time", "time-style", "tabsize", "width"])),
        ["cat"] = s_flagsRead,
        ["head"] = new(R, new OptionTable("nc", ["lines", "bytes"])),
        ["tail"] = new(R, new OptionTable("ncs", ["lines", "bytes", "pid", "sleep-interval", "max-unchanged-stats"])),
        // `sort -o FILE` is reported as a read, as the oracle does: `sort -o out.txt in.txt` with an
        // `Edit(out.txt)` deny asks rather than denies. `sort -o` is never read-only, so it still asks.
        ["sort"] = new(
            R,
            new OptionTable("kotTS", ["key", "output", "field-separator", "temporary-directory", "buffer-size", "batch-size", "parallel", "files0-from", "compress-program", "random-source", "sort"]),
            valuePaths: [("-o", R), ("--output", R), ("--files0-from", R), ("--random-source", R)]),
        ["uniq"] = new(R, new OptionTable("fsw", ["skip-fields", "skip-chars", "check-chars"]), OperandRole.InputOutput),
        ["wc"] = new(R, new OptionTable(string.Empty, ["files0-from"]), valuePaths: [("--files0-from", R)]),
        ["cut"] = new(R, new OptionTable("bcdf", ["bytes", "characters", "delimiter", "fields", "output-delimiter"])),
        ["paste"] = new(R, new OptionTable("d", ["delimiters"])),
        ["column"] = new(R, new OptionTable("csoNRWHElOrip", ["columns", "separator", "output-separator", "table-columns", "table-right", "table-wrap", "table-hide", "table-noextreme", "table-order", "table-name", "tree", "tree-id", "tree-parent"])),
        ["tr"] = new(R, OptionTable.FlagsOnly, OperandRole.None),
        ["file"] = new(
            R,
            new OptionTable("mfFeP", ["magic-file", "files-from", "separator", "exclude", "exclude-quiet", "parameter"]),
            valuePaths: [("-m", R), ("--magic-file", R), ("-f", R), ("--files-from", R)]),
        ["stat"] = new(R, new OptionTable("c", ["format", "printf"])),
        ["diff"] = new(
            R,
            new OptionTable("CUIxXFDLW", ["ignore-matching-lines", "exclude", "exclude-from", "show-function-line", "ifdef", "label", "width", "tabsize", "from-file", "to-file", "horizon-lines", "line-format", "palette"]),
            valuePaths: [("-X", R), ("--exclude-from", R), ("--from-file", R), ("--to-file", R)]),
        ["awk"] = s_awk,
        ["gawk"] = s_awk,
        ["mawk"] = s_awk,
        ["nawk"] = s_awk,
        ["strings"] = new(R, new OptionTable("ntTe", ["bytes", "radix", "target", "encoding", "output-separator"])),
        ["hexdump"] = new(R, new OptionTable("nsef", ["length", "skip", "format", "format-file"]), valuePaths: [("-f", R), ("--format-file", R)]),
        ["od"] = new(R, new OptionTable("AjNSt", ["address-radix", "skip-bytes", "read-bytes", "format"])),
        ["base64"] = new(
            R,
            new OptionTable("wbio", ["wrap", "input", "output", "break"]),
            valuePaths: [("-i", R), ("--input", R), ("-o", W), ("--output", W)]),
        ["nl"] = new(R, new OptionTable("bdfhilnsvw", ["body-numbering", "section-delimiter", "footer-numbering", "header-numbering", "line-increment", "join-blank-lines", "number-format", "number-separator", "starting-line-number", "number-width"])),
        ["tac"] = new(R, new OptionTable("s", ["separator"])),
        ["man"] = new(
            R,
            new OptionTable("MPSLmCEReprs", ["manpath", "pager", "sections", "locale", "systems", "config-file", "encoding", "recode", "extension", "preprocessor", "prompt"]),
            OperandRole.PathLike,
            valuePaths: [("-C", R), ("--config-file", R)]),
        ["rev"] = s_flagsRead,
        ["fold"] = new(R, new OptionTable("w", ["width"])),
        ["expand"] = new(R, new OptionTable("t", ["tabs"])),
        ["unexpand"] = new(R, new OptionTable("t", ["tabs"])),
        ["fmt"] = new(R, new OptionTable("wpg", ["width", "prefix", "goal"])),
        ["comm"] = new(R, new OptionTable(string.Empty, ["output-delimiter"])),
        ["cmp"] = new(R, new OptionTable("in", ["ignore-initial", "bytes"]), OperandRole.FirstTwo),
        ["pr"] = new(R, new OptionTable("hlowWND", ["header", "length", "indent", "width", "page-width", "first-line-number", "date-format"])),
        ["numfmt"] = new(R, OptionTable.FlagsOnly, OperandRole.None),
        ["tsort"] = s_flagsRead,
        ["grep"] = s_grep,
        ["egrep"] = s_grep,
        ["fgrep"] = s_grep,
        ["rg"] = new(
            R,
            new OptionTable("efgtTmABCMjdrE", ["regexp", "file", "glob", "iglob", "type", "type-not", "type-add", "type-clear", "max-count", "after-context", "before-context", "context", "max-columns", "threads", "max-depth", "replace", "encoding", "pre", "pre-glob", "ignore-file", "sort", "sortr", "colors", "context-separator", "field-match-separator", "field-context-separator", "path-separator", "dfa-size-limit", "regex-size-limit", "engine", "max-filesize", "hostname-bin", "hyperlink-format"]),
            OperandRole.ScriptThenPaths,
            "ef",
            ["regexp", "file"],
            [("-f", R), ("--file", R), ("--ignore-file", R)]),
        ["sha256sum"] = s_sum,
        ["sha1sum"] = s_sum,
        ["md5sum"] = s_sum,
        ["mkdir"] = new(C, new OptionTable("m", ["mode"])),
        ["touch"] = new(C, new OptionTable("dtr", ["date", "reference", "time"]), valuePaths: [("-r", R), ("--reference", R)]),
        ["rm"] = new(W, OptionTable.FlagsOnly),
        ["rmdir"] = new(W, OptionTable.FlagsOnly),
        ["mv"] = new(W, new OptionTable("tS", ["target-directory", "suffix"]), valuePaths: [("-t", W), ("--target-directory", W)]),
        ["cp"] = new(W, new OptionTable("tS", ["target-directory", "suffix"]), valuePaths: [("-t", W), ("--target-directory", W)]),
        ["sed"] = new(
            R,
            new OptionTable("efl", ["expression", "file", "line-length"]),
            OperandRole.ScriptThenPaths,
            "ef",
            ["expression", "file"],
            [("-f", R), ("--file", R)]),
        ["tee"] = new(W, OptionTable.FlagsOnly),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Option table for jq (two-value options are handled in code).</summary>
    public static readonly OptionTable Jq = new("fL", ["from-file", "indent"]);

    /// <summary>Option table for cd.</summary>
    public static readonly OptionTable Cd = OptionTable.FlagsOnly;
}
