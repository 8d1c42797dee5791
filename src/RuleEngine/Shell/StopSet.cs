namespace RuleEngine.Shell;

/// <summary>Tokens that end a command list inside a construct.</summary>
[Flags]
internal enum StopSet
{
    None = 0,
    RightParen = 1 << 0,
    BraceClose = 1 << 1,
    Then = 1 << 2,
    Fi = 1 << 3,
    Elif = 1 << 4,
    Else = 1 << 5,
    Do = 1 << 6,
    Done = 1 << 7,
    Esac = 1 << 8,
    CaseArm = 1 << 9,
}
