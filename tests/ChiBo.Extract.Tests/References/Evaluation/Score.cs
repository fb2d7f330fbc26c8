using System.Globalization;

namespace ChiBo.Extract.Tests.References.Evaluation;

/// <summary>Counts behind one precision/recall/F1 figure: correct items, items predicted, items in the gold.</summary>
internal readonly record struct Score(int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Score Plus(Score other) => new(Correct + other.Correct, Predicted + other.Predicted, Expected + other.Expected);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}  ({Correct} correct, {Predicted} predicted, {Expected} gold)");
}
