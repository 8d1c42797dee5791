using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class AcceptEditsCommandsTests
{
    private static AcceptEditsResult Check(string command, bool prefixed = false) =>
        AcceptEditsCommands.Check(TestArgv.Parse(command), prefixed, TestArgv.Context);

    [Theory]
    [InlineData("mkdir out", "C /work/project/out")]
    [InlineData("mkdir -p out/a/b", "C /work/project/out/a/b")]
    [InlineData("mkdir -m 777 x", "C /work/project/x")]
    [InlineData("touch x.txt", "C /work/project/x.txt")]
    [InlineData("touch out/x", "C /work/project/out/x")]
    [InlineData("rm foo", "W /work/project/foo")]
    [InlineData("rm -rf build", "W /work/project/build")]
    [InlineData("rm -r -f build", "W /work/project/build")]
    [InlineData("rm \"-rf\" x", "W /work/project/x")]
    [InlineData("rm -- -weird", "W /work/project/-weird")]
    [InlineData("rmdir empty", "W /work/project/empty")]
    [InlineData("mv a.txt b.txt", "W /work/project/a.txt | W /work/project/b.txt")]
    [InlineData("cp a.txt b.txt", "W /work/project/a.txt | W /work/project/b.txt")]
    [InlineData("sed -i s/a/b/ a.txt", "W /work/project/a.txt")]
    [InlineData("sed -i 's/a/b/g' f.txt", "W /work/project/f.txt")]
    [InlineData("sed -n p a.txt", "R /work/project/a.txt")]
    [InlineData("sed -n 1p f", "R /work/project/f")]
    [InlineData("sed s/a/b/ f", "R /work/project/f")]
    [InlineData("mkdir /tmp/x", "C /tmp/x")]
    [InlineData("mkdir ~/x", "C /home/dev/x")]
    [InlineData("touch ../x", "C /work/x")]
    [InlineData("touch .bashrc", "C /work/project/.bashrc")]
    [InlineData("mv a.txt .git/x", "W /work/project/a.txt | W /work/project/.git/x")]
    public void Check_InSetForm_ReturnsPathsForScopeCheck(string command, string expected)
    {
        AcceptEditsResult result = Check(command);
        Assert.True(result.InSet, result.Reason);
        Assert.Equal(expected, string.Join(" | ", result.Paths.Select(p => $"{p.Operation.ToString()[0]} {p.Path}")));
    }

    [Theory]
    [InlineData("mkdir out")]
    [InlineData("rm foo")]
    [InlineData("rmdir x")]
    [InlineData("cp a b")]
    [InlineData("sed -i s/a/b/ f")]
    public void Check_PrefixedNonTouch_StaysInSet(string command) => Assert.True(Check(command, prefixed: true).InSet);

    [Theory]
    [InlineData("touch x")]
    [InlineData("touch x.txt")]
    public void Check_PrefixedTouch_IsNotInSet(string command) => Assert.False(Check(command, prefixed: true).InSet);

    [Theory]
    [InlineData("mv -f a b")]
    [InlineData("mv -n a b")]
    [InlineData("cp -r src dst")]
    [InlineData("cp -a a b")]
    [InlineData("touch -d 2020 x")]
    [InlineData("touch -t 202001010000 x")]
    [InlineData("touch *.txt")]
    [InlineData("mv src/* dst/")]
    [InlineData("rm -rf src/*")]
    [InlineData("rm -rf $DIR")]
    [InlineData("rm -i x")]
    [InlineData("mkdir $(x)")]
    [InlineData("mkdir -Z x")]
    [InlineData("mkdir")]
    [InlineData("mv a")]
    [InlineData("chmod +x f")]
    [InlineData("ln -s a b")]
    [InlineData("tee x")]
    [InlineData("install -m 644 a b")]
    [InlineData("truncate -s 0 f")]
    [InlineData("sed -e s/a/b/ f")]
    [InlineData("sed -i -e s/a/b/ f")]
    [InlineData("sed -i 's/a/b/w out' f")]
    [InlineData("sed -i 1e f")]
    [InlineData("sed -i 'w out' f")]
    [InlineData("sed -i '1r /etc/passwd' f")]
    [InlineData("sed -f s.sed f")]
    [InlineData("sed -i.bak s/a/b/ f")]
    [InlineData("sed -in s/a/b/ f")]
    [InlineData("sed --in-place=.bak s/a/b/ f")]
    [InlineData("sed -i")]
    [InlineData("dd if=/dev/zero of=x")]
    public void Check_OutOfSetForm_IsNotInSet(string command)
    {
        AcceptEditsResult result = Check(command);
        Assert.False(result.InSet);
        Assert.False(string.IsNullOrEmpty(result.Reason));
        Assert.Empty(result.Paths);
    }
}
