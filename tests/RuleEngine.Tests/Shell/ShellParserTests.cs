using RuleEngine.Shell;
using static RuleEngine.Tests.Shell.ShellTestHelpers;

namespace RuleEngine.Tests.Shell;

public class ShellParserTests
{
    [Theory]
    [InlineData("npm test && git status", new[] { "npm test", "git status" })]
    [InlineData("npm test || curl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test; curl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test | curl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test |& curl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test & curl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test\ncurl x", new[] { "npm test", "curl x" })]
    [InlineData("npm test -- 'a && b'", new[] { "npm test -- 'a && b'" })]
    [InlineData("echo \"a && b\"", new[] { "echo \"a && b\"" })]
    [InlineData("go test ./...&&git diff HEAD~1", new[] { "go test ./...", "git diff HEAD~1" })]
    [InlineData("cargo build ;python3 x.py\nhead -n 5 src/a.ts", new[] { "cargo build", "python3 x.py", "head -n 5 src/a.ts" })]
    [InlineData("! npm test", new[] { "npm test" })]
    [InlineData("# comment\nnpm test", new[] { "npm test" })]
    [InlineData("npm test # comment", new[] { "npm test" })]
    [InlineData("npm test && \\\nnpm run build", new[] { "npm test", "npm run build" })]
    [InlineData("if true; then rm -rf tmp; fi", new[] { "true", "rm -rf tmp" })]
    [InlineData("for f in a b; do rm $f; done", new[] { "rm $f" })]
    [InlineData("while true; do npm test; done", new[] { "true", "npm test" })]
    [InlineData("until false; do npm test; done", new[] { "false", "npm test" })]
    [InlineData("if a; then b; elif c; then d; else e; fi", new[] { "a", "b", "c", "d", "e" })]
    [InlineData("case $x in a|b) rm x;; *) ls;; esac", new[] { "rm x", "ls" })]
    [InlineData("(rm -rf tmp)", new[] { "rm -rf tmp" })]
    [InlineData("{ rm -rf tmp; }", new[] { "rm -rf tmp" })]
    [InlineData("f() { rm -rf x; }; f", new[] { "rm -rf x", "f" })]
    [InlineData("function f { rm -rf x; }", new[] { "rm -rf x" })]
    [InlineData("echo $(rm -rf tmp)", new[] { "echo $(rm -rf tmp)", "rm -rf tmp" })]
    [InlineData("echo `rm -rf tmp`", new[] { "echo `rm -rf tmp`", "rm -rf tmp" })]
    [InlineData("diff <(rm -rf tmp) a", new[] { "diff <(rm -rf tmp) a", "rm -rf tmp" })]
    [InlineData("echo \"$(rm x)\"", new[] { "echo \"$(rm x)\"", "rm x" })]
    [InlineData("echo $(( $(rm x) ))", new[] { "echo $(( $(rm x) ))", "rm x" })]
    [InlineData("echo ${x:-$(rm y)}", new[] { "echo ${x:-$(rm y)}", "rm y" })]
    [InlineData("cat <<EOF\n$(rm -rf x)\nEOF", new[] { "cat <<EOF", "rm -rf x" })]
    [InlineData("cat <<'EOF'\n$(rm -rf x)\nEOF", new[] { "cat <<'EOF'" })]
    [InlineData("python3 - <<'EOF'\nprint(1)\nEOF", new[] { "python3 - <<'EOF'" })]
    [InlineData("cat <<-EOF\n\tindented\n\tEOF\nls", new[] { "cat <<-EOF", "ls" })]
    [InlineData("x=$(rm -rf y)", new[] { "x=$(rm -rf y)", "rm -rf y" })]
    [InlineData("cat <<< \"$(rm x)\"", new[] { "cat <<< \"$(rm x)\"", "rm x" })]
    [InlineData("echo 'unterminated", new[] { "Unparseable" })]
    [InlineData("echo \"unterminated", new[] { "Unparseable" })]
    [InlineData("if true; then ls", new[] { "Unparseable" })]
    [InlineData("&& ls", new[] { "Unparseable" })]
    [InlineData("[[ -f x ]] && rm x", new[] { "[[ -f x ]]", "rm x" })]
    [InlineData("(( x++ ))", new[] { "TooComplex" })]
    [InlineData("ls\0; rm x", new[] { "Unparseable" })]
    public void Parse_Compound_SplitsIntoSimpleCommands(string command, string[] expected)
    {
        Assert.Equal(expected, Split(command));
    }

    [Fact]
    public void Parse_Words_RemovesQuoting()
    {
        CommandLine line = Analyze("FOO=\"a b\" c\"a\"t 'x y' n\\pm $'q' \"$HOME\"", home: "/home/dev");
        SimpleCommand command = Assert.Single(line.Commands.ToArray());
        Assert.Equal(1, command.AssignmentCount);
        Assert.Equal(["FOO=a b", "cat", "x y", "npm", "q", "/home/dev"], Values(command));
        Assert.True(command.Words[5].Has(WordFlags.HomeVariable));
        Assert.True(command.Words[4].Has(WordFlags.AnsiCQuoted));
        Assert.True(command.Words[3].Has(WordFlags.Escaped));
    }
}
