namespace ChiBo.Extract.Tests.References.Gold;

/// <summary>
/// One reference annotated by hand (README.md beside this file gives the guidelines). <see cref="Start"/> and
/// <see cref="End"/> are UTF-16 offsets into the article text as the extractor receives it; <see cref="ResolvesTo"/>
/// is, for a short form, the index in the same article's list of the full reference it stands for.
/// </summary>
public sealed record GoldReference(
    int Start,
    int End,
    string Text,
    string Type,
    string? Code,
    string? Issuer,
    DateOnly? Date,
    int? ResolvesTo,
    string Family);
