namespace ChiBo.Ingest.Localities;

/// <summary>
/// One row of the gazetteer: a unit's name (without its kind), kind ("huyện", "thị xã"…), whether it is a province or
/// a district-level unit, its province, and the last day it existed as such (null: still exists).
/// </summary>
public sealed record AdministrativeUnit(string Name, string Kind, bool IsProvince, string Province, DateOnly? Until);
