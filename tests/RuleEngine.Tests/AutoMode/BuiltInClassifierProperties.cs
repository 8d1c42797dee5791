using FsCheck;
using FsCheck.Fluent;
using RuleEngine.AutoMode.BuiltIn;
using RuleEngine.AutoMode.Classification;
using RuleEngine.AutoMode.Witness;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.AutoMode;

/// <summary>Robustness: any input gets a deterministic answer and never an exception.</summary>
public class BuiltInClassifierProperties
{
    private static readonly string[] s_pieces =
    [
        "git", "push", "--force", "rm", "-rf", "/", "~", "curl", "|", "sh", "&&", ";", "'", "\"", "$(", ")", "`", "${X", "}", "<(", ">",
        ">>", "\\", "bash", "-c", "eval", ".env", "@.env", "https://x.example", "npm", "install", "\n", "\t", "(", "{", "*", "sudo", "-u",
    ];

    private static Arbitrary<string> Commands() =>
        Gen.Elements(s_pieces).ArrayOf().Select(parts => string.Join(" ", parts))
            .Or(ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty))
            .ToArbitrary();

    [Fact]
    public void Classify_AnyInput_DeterministicNoThrow()
    {
        var classifier = new BuiltInClassifier();
        Check.One(PropertyConfig.Bounded(500), Prop.ForAll(Commands(), command =>
        {
            foreach (string tool in new[] { "Bash", "Agent", "Write" })
            {
                var request = ClassificationRequest.ForAction(new ClassifierAction(tool, command)) with { WorkingDirectory = "/p" };
                ClassifierResult first = classifier.Classify(request);
                Assert.Equal(first, classifier.Classify(request));
                Assert.NotEqual(ClassifierVerdict.NoVerdict, first.Verdict);
            }

            return true;
        }));
    }

    [Fact]
    public void Matches_ManyStars_Terminates()
    {
        string pattern = string.Concat(Enumerable.Repeat("*a", 30)) + "*b";
        Assert.False(CommandPatternMatcher.Matches(pattern, new string('a', 200)));
    }
}
