using FsCheck;
using FsCheck.Fluent;
using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Settings;
using RuleEngine.Syntax;
using RuleEngine.Tests.Support;

namespace RuleEngine.Tests.Evaluation;

/// <summary>
/// Properties of the decision procedure over generated policies and calls (issue 4): deny rules never loosen,
/// allow rules never tighten, an allowed compound command implies each part alone is allowed, and decisions
/// are deterministic. Rules and calls are drawn from pools built so that many generated rules match many calls.
/// </summary>
public class EnginePropertyTests
{
    private static readonly string[] s_commands =
    [
        "npm test", "npm run build", "npm run test -- --watch", "git status", "git push origin main", "git log --oneline",
        "ls -la", "ls src", "cat README.md", "cat /etc/hosts", "rm -rf build", "rm -rf /", "curl https://example.com",
        "python3 x.py", "make", "echo hi", "echo $(date)", "mkdir out", "touch .bashrc", "timeout 5 npm test",
        "NODE_ENV=test npm test", "FOO=1 rm x", "sudo rm x", "grep -r foo .", "find . -name x -delete", "cp a.txt b.txt",
        "npm test > out.txt", "git diff *.ts", "sed -n 1p a.txt", "watch -n1 ls",
    ];

    private static readonly string[] s_rules =
    [
        "Bash", "Bash(npm test)", "Bash(npm test *)", "Bash(npm run *)", "Bash(npm run:*)", "Bash(git *)", "Bash(git push *)",
        "Bash(git status)", "Bash(ls *)", "Bash(cat *)", "Bash(rm *)", "Bash(rm:*)", "Bash(curl *)", "Bash(python3 *)",
        "Bash(make)", "Bash(echo *)", "Bash(mkdir *)", "Bash(touch *)", "Bash(* --watch)", "Bash(find *)", "Bash(watch *)",
        "Read(./.env)", "Read(//etc/**)", "Read", "Edit", "Edit(/src/**)", "Edit(out.txt)", "Edit(.bashrc)",
        "WebFetch(domain:example.com)", "WebFetch(domain:*.example.com)", "WebFetch", "mcp__github", "mcp__github__get_*",
        "Skill(deploy)", "Skill(review *)", "Agent(Explore)", "Agent(model:opus)", "Bash(run_in_background:true)",
    ];

    private static readonly ToolCall[] s_otherCalls =
    [
        ToolCall.File("Read", "/work/project/.env"), ToolCall.File("Read", "/etc/hosts"), ToolCall.File("Read", "/work/project/src/a.ts"),
        ToolCall.File("Edit", "/work/project/src/a.ts"), ToolCall.File("Write", "/work/project/out.txt"), ToolCall.File("Edit", "/work/project/.bashrc"),
        ToolCall.File("Edit", "/tmp/x"), ToolCall.WebFetch("https://example.com/a"), ToolCall.WebFetch("https://api.example.com/"),
        ToolCall.WebFetch("https://docs.python.org/3/"), ToolCall.FromJson("mcp__github__get_issue", "{\"issue\":1}"),
        ToolCall.FromJson("mcp__github__create_issue", "{}"), ToolCall.FromJson("Skill", "{\"skill\":\"deploy\"}"),
        ToolCall.FromJson("Skill", "{\"skill\":\"review-pr\"}"), ToolCall.FromJson("Agent", "{\"subagent_type\":\"Explore\",\"prompt\":\"p\",\"description\":\"d\",\"model\":\"opus\"}"),
        ToolCall.FromJson("Bash", "{\"command\":\"npm run dev\",\"run_in_background\":true}"),
    ];

    private static readonly PermissionMode[] s_modes =
        [PermissionMode.Default, PermissionMode.AcceptEdits, PermissionMode.Plan, PermissionMode.DontAsk, PermissionMode.BypassPermissions];

    private static Gen<RuleEntry> RuleGen =>
        from text in Gen.Elements(s_rules)
        from behavior in Gen.Elements(RuleBehavior.Allow, RuleBehavior.Allow, RuleBehavior.Ask, RuleBehavior.Deny)
        from source in Gen.Elements(RuleSource.LocalSettings, RuleSource.ProjectSettings, RuleSource.UserSettings)
        select RuleEntry.Parse(text, behavior, source);

    private static Gen<RuleEntry[]> PolicyGen => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(RuleGen, n));

    private static Gen<ToolCall> CallGen => Gen.Frequency(
        (3, Gen.Elements(s_commands).Select(ToolCall.Bash)),
        (2, Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_commands), n))
            .Zip(Gen.Elements(" && ", "; ", " | ", " || "), (parts, op) => ToolCall.Bash(string.Join(op, parts)))),
        (2, Gen.Elements(s_otherCalls)));

    private static EvaluationContext Context(PermissionMode mode) => new()
    {
        Cwd = "/work/project",
        Home = "/home/dev",
        Mode = mode,
        FileSystem = InMemoryFileSystemView.Empty,
    };

    private static int Rank(DecisionBehavior b) => b switch
    {
        DecisionBehavior.Deny => 0,
        DecisionBehavior.Ask or DecisionBehavior.Passthrough => 1,
        _ => 2,
    };

    [Fact]
    public void AddingDenyRule_NeverMakesDecisionMorePermissive() =>
        CheckAddingRule(RuleBehavior.Deny, (before, after) => after <= before);

    [Fact]
    public void AddingAllowRule_NeverMakesDecisionStricter() =>
        CheckAddingRule(RuleBehavior.Allow, (before, after) => after >= before);

    /// <summary>For generated policies, calls and modes: adding one rule to <paramref name="list"/> keeps <paramref name="holds"/>(rank before, rank after).</summary>
    private static void CheckAddingRule(RuleBehavior list, Func<int, int, bool> holds)
    {
        var arb = (from policy in PolicyGen
                   from extra in RuleGen.Select(r => r with { Behavior = list })
                   from call in CallGen
                   from mode in Gen.Elements(s_modes)
                   select (policy, extra, call, mode)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(400), Prop.ForAll(arb, t =>
        {
            Decision before = new PermissionEngine(t.policy).Decide(t.call, Context(t.mode));
            Decision after = new PermissionEngine([.. t.policy, t.extra]).Decide(t.call, Context(t.mode));
            return holds(Rank(before.Behavior), Rank(after.Behavior));
        }));
    }

    [Fact]
    public void AllowedCompound_ImpliesEachPartAloneIsAllowed()
    {
        var arb = (from policy in PolicyGen
                   from parts in Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_commands), n))
                   from op in Gen.Elements(" && ", "; ", " | ", " || ")
                   from mode in Gen.Elements(s_modes)
                   select (policy, parts, op, mode)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(400), Prop.ForAll(arb, t =>
        {
            var engine = new PermissionEngine(t.policy);
            Decision whole = engine.Decide(ToolCall.Bash(string.Join(t.op, t.parts)), Context(t.mode));
            return whole.Behavior != DecisionBehavior.Allow
                || t.parts.All(p => engine.Decide(ToolCall.Bash(p), Context(t.mode)).Behavior == DecisionBehavior.Allow);
        }));
    }

    [Fact]
    public void Decide_IsDeterministic()
    {
        var arb = (from policy in PolicyGen from call in CallGen from mode in Gen.Elements(s_modes) select (policy, call, mode)).ToArbitrary();
        Check.One(PropertyConfig.Bounded(300), Prop.ForAll(arb, t =>
        {
            var engine = new PermissionEngine(t.policy);
            Decision a = engine.Decide(t.call, Context(t.mode));
            Decision b = engine.Decide(t.call, Context(t.mode));
            Decision c = new PermissionEngine(t.policy).Decide(t.call, Context(t.mode));
            return a.Behavior == b.Behavior && b.Behavior == c.Behavior && a.Reason.Summary == c.Reason.Summary;
        }));
    }
}
