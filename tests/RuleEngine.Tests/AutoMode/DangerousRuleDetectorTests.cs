using RuleEngine.AutoMode;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.AutoMode;

/// <summary>The tables and examples of auto-mode.md §2, one assertion per rule string.</summary>
public class DangerousRuleDetectorTests
{
    private static PermissionRule Load(string text)
    {
        ValidatedRule validated = RuleValidator.Validate(text, RuleBehavior.Allow);
        Assert.True(validated.IsLoaded, text);
        return validated.Syntax.Rule;
    }

    [Theory]
    [InlineData("Bash")]
    [InlineData("Bash(*)")]
    [InlineData("Bash(**)")]
    [InlineData("Bash(* * *)")]
    [InlineData("Bash(python)")]
    [InlineData("Bash(python:*)")]
    [InlineData("Bash(python*)")]
    [InlineData("Bash(python *)")]
    [InlineData("Bash(python3*)")]
    [InlineData("Bash(PYTHON *)")]
    [InlineData("Bash(python3.12 *)")]
    [InlineData("Bash(/usr/bin/python3 *)")]
    [InlineData("Bash(/usr/bin/python3.12:*)")]
    [InlineData("Bash(\"python\" *)")]
    [InlineData("Bash(python -c *)")]
    [InlineData("Bash(python -m *)")]
    [InlineData("Bash(python -m pytest *)")]
    [InlineData("Bash(python3 -m venv *)")]
    [InlineData("Bash(perl -e *)")]
    [InlineData("Bash(node *)")]
    [InlineData("Bash(deno *)")]
    [InlineData("Bash(npm run *)")]
    [InlineData("Bash(npm run:*)")]
    [InlineData("Bash(npm exec *)")]
    [InlineData("Bash(pnpm dlx *)")]
    [InlineData("Bash(bun x *)")]
    [InlineData("Bash(npm run --silent *)")]
    [InlineData("Bash(sh -c *)")]
    [InlineData("Bash(bash -lc *)")]
    [InlineData("Bash(ssh *)")]
    [InlineData("Bash(sudo:*)")]
    [InlineData("Bash(timeout *)")]
    [InlineData("Bash(timeout 5 *)")]
    [InlineData("Bash(timeout 10s *)")]
    [InlineData("Bash(nice -n 5 *)")]
    [InlineData("Bash(FOO=1 *)")]
    [InlineData("Bash(sudo python *)")]
    [InlineData("Bash(* --version)")]
    [InlineData("Bash(* --help)")]
    [InlineData("Bash(*test*)")]
    [InlineData("Bash(~/bin/*)")]
    [InlineData("Bash(/opt/*)")]
    [InlineData("Bash(../tools/*)")]
    [InlineData("Bash(C:/tools/*)")]
    [InlineData("Bash(py*)")]
    [InlineData("Bash(nic*)")]
    [InlineData("Bash(nice -*)")]
    [InlineData("Bash(. *)")]
    [InlineData("Bash(env -i FOO=1 *)")]
    [InlineData("Bash(cmd /c *)")]
    [InlineData("Agent")]
    [InlineData("Agent(Explore)")]
    [InlineData("Task(Explore)")]
    [InlineData("Monitor")]
    [InlineData("Monitor(tail *)")]
    [InlineData("PowerShell")]
    [InlineData("PowerShell(iex *)")]
    [InlineData("PowerShell(Invoke-Expression *)")]
    [InlineData("PowerShell(Start-Process *)")]
    [InlineData("PowerShell(cmd *)")]
    [InlineData("PowerShell(python *)")]
    [InlineData("PowerShell(npm run *)")]
    [InlineData("PowerShell(Get-Module *)")]
    [InlineData("PowerShell(C:\\Windows\\System32\\cmd.exe *)")]
    public void Analyze_SpecDroppedRule_IsDangerous(string text) => Assert.NotNull(DangerousRuleDetector.Analyze(Load(text)));

    [Theory]
    [InlineData("Bash(npm test)")]
    [InlineData("Bash(npm test *)")]
    [InlineData("Bash(npm test:*)")]
    [InlineData("Bash(python script.py)")]
    [InlineData("Bash(python x.py *)")]
    [InlineData("Bash(python -m a.b *)")]
    [InlineData("Bash(python3 -m pkg.sub.mod *)")]
    [InlineData("Bash(node --version)")]
    [InlineData("Bash(npm *)")]
    [InlineData("Bash(npm install *)")]
    [InlineData("Bash(yarn *)")]
    [InlineData("Bash(npm run build)")]
    [InlineData("Bash(npm run build *)")]
    [InlineData("Bash(npx prettier *)")]
    [InlineData("Bash(git *)")]
    [InlineData("Bash(git push *)")]
    [InlineData("Bash(gh *)")]
    [InlineData("Bash(make *)")]
    [InlineData("Bash(docker run *)")]
    [InlineData("Bash(curl *)")]
    [InlineData("Bash(wget *)")]
    [InlineData("Bash(kubectl apply *)")]
    [InlineData("Bash(./scripts/*)")]
    [InlineData("Bash(./run.sh *)")]
    [InlineData("Bash(cd * && *)")]
    [InlineData("Bash(echo *)")]
    [InlineData("Bash(ls *)")]
    [InlineData("Bash(cargo run *)")]
    [InlineData("Bash(go run *)")]
    [InlineData("Bash(uv run *)")]
    [InlineData("Bash(uvx *)")]
    [InlineData("Bash(poetry run *)")]
    [InlineData("Bash(pipx run *)")]
    [InlineData("Bash(mvn *)")]
    [InlineData("Bash(gradle *)")]
    [InlineData("Bash(gi*)")]
    [InlineData("Bash(foo -c *)")]
    [InlineData("Bash(echo \\*)")]
    [InlineData("Read")]
    [InlineData("Edit")]
    [InlineData("Write")]
    [InlineData("WebFetch")]
    [InlineData("WebFetch(domain:*)")]
    [InlineData("Skill")]
    [InlineData("Skill(deploy)")]
    [InlineData("mcp__github")]
    [InlineData("mcp__github__*")]
    [InlineData("PowerShell(Get-ChildItem *)")]
    public void Analyze_SpecKeptRule_IsNotDangerous(string text) => Assert.Null(DangerousRuleDetector.Analyze(Load(text)));

    [Theory]
    [InlineData("Bash(npm test)")]
    [InlineData("Bash(git status)")]
    [InlineData("PowerShell(Get-ChildItem *)")]
    public void Analyze_ClassifyAllShell_DropsEveryShellRule(string text)
    {
        DangerousRule? finding = DangerousRuleDetector.Analyze(Load(text), classifyAllShell: true);
        Assert.NotNull(finding);
        Assert.Equal(DangerousRuleKind.ClassifyAllShell, finding.Kind);
    }

    [Theory]
    [InlineData("Read")]
    [InlineData("Edit(src/**)")]
    [InlineData("WebFetch(domain:*)")]
    public void Analyze_ClassifyAllShell_LeavesOtherTools(string text) =>
        Assert.Null(DangerousRuleDetector.Analyze(Load(text), classifyAllShell: true));

    [Theory]
    [InlineData("Bash(python:*)", DangerousRuleKind.Interpreter)]
    [InlineData("Bash(nice *)", DangerousRuleKind.WildcardReachesInterpreter)]
    [InlineData("Bash(*)", DangerousRuleKind.ToolWideShell)]
    [InlineData("Bash(**)", DangerousRuleKind.ToolWideShell)]
    [InlineData("Agent(Explore)", DangerousRuleKind.AgentOrMonitor)]
    public void Analyze_ReportsTheClause(string text, DangerousRuleKind kind) =>
        Assert.Equal(kind, DangerousRuleDetector.Analyze(Load(text))!.Kind);

    [Theory]
    [InlineData("/usr/bin/python3.12 *", "python *")]
    [InlineData("  PYTHON   * *  ", "python *")]
    [InlineData("'node' -e *", "node -e *")]
    [InlineData("pwsh.exe *", "pwsh *")]
    [InlineData("./scripts/*", "./scripts/*")]
    [InlineData("python3:*", "python:*")]
    public void Normalize_FollowsSection22(string content, string expected) =>
        Assert.Equal(expected, ShellRuleNormalizer.Normalize(content));
}
