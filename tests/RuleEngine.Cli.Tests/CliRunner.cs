namespace RuleEngine.Cli.Tests;

/// <summary>Runs <c>rulec</c> in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static (int Exit, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLineApp.Run(args, stdout, stderr, new StringReader(stdin));
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    public static string TempFile(string content, string name = "settings.json")
    {
        string dir = Directory.CreateTempSubdirectory("rulec").FullName;
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string RepoRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "RuleEngine.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
