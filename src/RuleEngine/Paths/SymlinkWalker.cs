namespace RuleEngine.Paths;

/// <summary>
/// Resolves every link in a path component by component, given a function that reads one link.
/// Shared by the real and in-memory file-system views so both follow the same rules: relative targets
/// are relative to the link's directory, at most <see cref="MaxHops"/> links are followed (a loop keeps
/// the partially resolved path, which is then evaluated as written).
/// </summary>
internal static class SymlinkWalker
{
    public const int MaxHops = 40;

    public static string Resolve(string path, Func<string, string?> readLink)
    {
        string current = path;
        int hops = 0;
        int done = 0;
        while (true)
        {
            int next = current.IndexOf('/', done + 1);
            int end = next < 0 ? current.Length : next;
            if (end <= done + 1 && next < 0)
            {
                return current;
            }

            string prefix = current[..end];
            string? target = readLink(prefix);
            if (target is not null)
            {
                if (++hops > MaxHops)
                {
                    return current;
                }

                string parent = done == 0 ? "/" : current[..done];
                string remainder = next < 0 ? string.Empty : current[next..];
                string absolute = target.StartsWith('/') ? target : (parent == "/" ? "/" + target : parent + "/" + target);
                current = PathNormalizer.NormalizeDirectory(absolute + remainder);
                done = 0;
                continue;
            }

            if (next < 0)
            {
                return current;
            }

            done = next;
        }
    }
}
