namespace ChiBo.Extract.References;

/// <summary>The API values of <see cref="Model.DocumentReference.Family"/>: which grammar matched (references.md §1).</summary>
public static class ReferenceFamily
{
    public const string Party = "party";
    public const string StateNormative = "state-normative";
    public const string StateAdministrative = "state-administrative";
    public const string MassOrganisation = "mass-organisation";
    public const string Unnumbered = "unnumbered";
    public const string Charter = "charter";
}
