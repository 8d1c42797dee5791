namespace RuleEngine.Cli;

/// <summary>A minimal, strict argument reader: <c>--name value</c>, <c>--name=value</c>, flags and positionals.</summary>
internal sealed class ArgReader
{
    private readonly List<string> _positionals = [];
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ArgReader()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Parses <paramref name="args"/>; <paramref name="valued"/> names options that take a value, <paramref name="flags"/> options that don't.</summary>
    public static ArgReader Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var reader = new ArgReader();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                reader._positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                reader._positionals.Add(a);
                continue;
            }

            string name = a;
            string? value = null;
            int eq = a.IndexOf('=');
            if (eq > 0)
            {
                name = a[..eq];
                value = a[(eq + 1)..];
            }

            if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new UsageException($"option `{name}` takes no value");
                }

                reader._flags.Add(name);
                continue;
            }

            if (!valued.Contains(name))
            {
                string known = string.Join(", ", valued.Concat(flags).Order(StringComparer.Ordinal));
                throw new UsageException($"unknown option `{name}`" + (known.Length > 0 ? $" (known: {known})" : string.Empty));
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option `{name}` needs a value");
                }

                value = args[++i];
            }

            if (!reader._options.TryGetValue(name, out List<string>? list))
            {
                reader._options[name] = list = [];
            }

            list.Add(value);
        }

        return reader;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Single(string name) => _options.TryGetValue(name, out List<string>? v) ? v[^1] : null;

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out List<string>? v) ? v : [];
}
