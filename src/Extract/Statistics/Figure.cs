namespace ChiBo.Extract.Statistics;

/// <summary>
/// A number the scanner accepted, before its context is read. [<see cref="Start"/>, <see cref="End"/>) is the
/// figure as reported ("91%", "11/56", "29.255"); <see cref="NumberEnd"/> ends its digits or words;
/// <see cref="UnitEnd"/> ends the "%" or the counted noun. A range ("85-90%") has its lower bound in
/// <see cref="Value"/> and its upper bound in <see cref="Upper"/>.
/// </summary>
internal sealed record Figure(
    int Start, int End, int NumberEnd, int UnitEnd, string Written, decimal Value, string Kind, string Unit, decimal? Numerator = null, decimal? Denominator = null, decimal? Upper = null);
