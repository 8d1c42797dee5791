using System.Runtime.CompilerServices;

// The serve benchmark drives DecisionService in-process over in-memory pipes.
[assembly: InternalsVisibleTo("RuleEngine.Benchmarks")]
