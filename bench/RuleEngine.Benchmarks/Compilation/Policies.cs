using RuleEngine.Evaluation;
using RuleEngine.Syntax;

namespace RuleEngine.Benchmarks.Compilation;

/// <summary>A generated policy with an engine per back-end and the naive baseline.</summary>
public sealed class Policies
{
    public Policies(int size)
    {
        Size = size;
        RuleTexts = RealisticRules.Generate(size);
        Entries = RealisticRules.Parse(RuleTexts);
        Compiled = new PermissionEngine(Entries, new PermissionEngineOptions { Backend = RuleBackend.Expressions });
        Interpreter = new PermissionEngine(Entries, new PermissionEngineOptions { Backend = RuleBackend.Interpreter });
        Baseline = new NaiveBaseline(RuleTexts);
    }

    public int Size { get; }

    public List<string> RuleTexts { get; }

    public List<RuleEntry> Entries { get; }

    public PermissionEngine Compiled { get; }

    public PermissionEngine Interpreter { get; }

    public NaiveBaseline Baseline { get; }
}
