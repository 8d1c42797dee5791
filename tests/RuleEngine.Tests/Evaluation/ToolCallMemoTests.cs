using System.Text.Json;
using RuleEngine.Evaluation;
using RuleEngine.Paths;
using RuleEngine.Syntax;

namespace RuleEngine.Tests.Evaluation;

/// <summary><see cref="ToolCall.GetString(string)"/> memoises extracted strings without changing record semantics.</summary>
public class ToolCallMemoTests
{
    [Fact]
    public void GetString_ReturnsTheSameInstanceOnRepeatedCalls_AndNullForAbsentOrNonStringProperties()
    {
        ToolCall call = ToolCall.FromJson("Edit", """{"file_path":"/a/b.txt","n":3}""");
        string? first = call.GetString("file_path");
        Assert.Equal("/a/b.txt", first);
        Assert.Same(first, call.GetString("file_path"));
        Assert.Null(call.GetString("n"));
        Assert.Null(call.GetString("n"));
        Assert.Null(call.GetString("missing"));
        Assert.Same(first, call.GetString("file_path"));
    }

    [Fact]
    public void GetString_KeepsAnsweringBeyondTheMemoCapacity()
    {
        ToolCall call = ToolCall.FromJson("X", "{" + string.Join(',', Enumerable.Range(0, 20).Select(i => $"\"p{i}\":\"v{i}\"")) + "}");
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < 20; i++)
            {
                Assert.Equal($"v{i}", call.GetString($"p{i}"));
            }
        }
    }

    [Fact]
    public void Equality_IgnoresTheMemo()
    {
        JsonElement input = JsonSerializer.SerializeToElement(new Dictionary<string, object?> { ["command"] = "ls" });
        var warm = new ToolCall("Bash", input);
        var cold = new ToolCall("Bash", input);
        _ = warm.GetString("command");
        Assert.Equal(warm, cold);
        Assert.Equal(warm.GetHashCode(), cold.GetHashCode());
        Assert.NotEqual(warm, new ToolCall("PowerShell", input));
        Assert.NotEqual(warm, ToolCall.Bash("ls"));
    }

    [Fact]
    public void WithCopy_DoesNotInheritTheMemo()
    {
        ToolCall call = ToolCall.Bash("ls -la");
        Assert.Equal("ls -la", call.GetString("command"));
        ToolCall changed = call with { Input = ToolCall.Bash("rm -rf /tmp/x").Input };
        Assert.Equal("rm -rf /tmp/x", changed.GetString("command"));
        Assert.Equal("ls -la", call.GetString("command"));
        ToolCall renamed = call with { ToolName = "Monitor" };
        Assert.Equal("ls -la", renamed.GetString("command"));
        Assert.Equal(call with { }, call);
    }

    [Fact]
    public void RepeatedDecisions_OnOneCall_AreIdentical()
    {
        var engine = new PermissionEngine(
        [
            RuleEntry.Parse("Edit(src/**)", RuleBehavior.Allow),
            RuleEntry.Parse("Read(**/*.pem)", RuleBehavior.Deny),
            RuleEntry.Parse("WebFetch(domain:api.github.com)", RuleBehavior.Allow),
            RuleEntry.Parse("Bash(npm run build:*)", RuleBehavior.Allow),
        ]);
        var context = new EvaluationContext { Cwd = "/work/proj", Home = "/home/dev", FileSystem = InMemoryFileSystemView.Empty };
        ToolCall[] calls =
        [
            ToolCall.File("Edit", "/work/proj/src/a.ts"), ToolCall.File("Edit", "/work/proj/keys/k.PEM"), ToolCall.File("Edit", "lib/x.ts"),
            ToolCall.WebFetch("https://API.github.com/x"), ToolCall.WebFetch("notaurl"), ToolCall.Bash("npm run build -- --x"),
            ToolCall.FromJson("Edit", """{"file_path":3}"""),
        ];
        foreach (ToolCall call in calls)
        {
            Decision cold = engine.Decide(call with { }, context);
            Decision first = engine.Decide(call, context);
            Decision second = engine.Decide(call, context);
            Assert.Equal(cold.Behavior, first.Behavior);
            Assert.Equal(cold.Behavior, second.Behavior);
            Assert.Equal(cold.Reason.ToString(), second.Reason.ToString());
        }
    }
}
