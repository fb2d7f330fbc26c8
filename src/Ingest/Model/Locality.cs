namespace ChiBo.Ingest.Model;

/// <summary>
/// An administrative unit as the article names it at publication time: the unit's own name without its kind
/// ("Yên Lạc"), the kind ("huyện", "thị xã", "thành phố", "xã", "phường"…) and the province it belonged to then.
/// </summary>
public sealed record Locality(string Name, string Kind, string? Province)
{
    /// <summary>"huyện Yên Lạc, tỉnh Vĩnh Phúc" style, as researchers write it.</summary>
    public string Display => Province is null || Province == Name ? $"{Kind} {Name}" : $"{Kind} {Name}, {Province}";
}
