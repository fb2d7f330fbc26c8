using System.Text;

namespace ChiBo.Index.Pipeline;

/// <summary>
/// Guards against running without ICU: in globalization-invariant mode <see cref="string.Normalize()"/> returns its
/// input unchanged, so "uỷ" typed with a combining mark would silently never match. Fail at start-up instead.
/// </summary>
public static class UnicodeNormalizationCheck
{
    public static void EnsureWorking()
    {
        if ("e\u0301".Normalize(NormalizationForm.FormC) != "\u00e9")
        {
            throw new InvalidOperationException(
                "Unicode normalisation does not work in this process (globalization-invariant mode or missing ICU: " +
                "install libicu, and do not set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT). Vietnamese text cannot be analysed.");
        }
    }
}
