using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using ChiBo.Extract;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Storage;

/// <summary>
/// Names the code that analysed an index's articles: a hash of the module version ids of the Ingest, Extract and
/// Index assemblies. Builds are deterministic, so the same sources give the same ids and any change to an extractor,
/// its data files or models, or the document schema gives new ones: an index recorded under another fingerprint
/// holds analyses (statistics, references, topics, filter fields) that this build would not produce.
/// </summary>
public static class AnalysisFingerprint
{
    private static readonly Lazy<string> LazyCurrent = new(() => Of(typeof(Article).Assembly, typeof(ArticleAnalyzer).Assembly, typeof(AnalysisFingerprint).Assembly));

    /// <summary>This build's fingerprint.</summary>
    public static string Current => LazyCurrent.Value;

    internal static string Of(params Assembly[] assemblies)
    {
        var ids = string.Join(',', assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(ids)))[..16];
    }
}
