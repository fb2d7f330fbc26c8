using System.Globalization;
using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.References.Registry;
using ChiBo.Index.References;
using ChiBo.Index.Statistics;
using ChiBo.Ingest.Model;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ChiBo.Index.Storage;

/// <summary>Turns an article and its analysis into the Lucene document of <see cref="IndexFields"/>.</summary>
internal static class ArticleDocumentBuilder
{
    /// <summary>Body text: analysed, stored, with term vectors (positions and offsets) for snippets.</summary>
    private static readonly FieldType TextWithVectors = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    private static readonly FieldType FoldedWithVectors = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>
    /// A near-duplicate: stored (text, article, source, link to its canonical) so it can be shown and a re-run knows
    /// it, but not analysed or indexed for search, so it is never a second hit nor counted twice in references.
    /// </summary>
    public static Document BuildDuplicate(Article article, string duplicateOf, string? sourceFile, string? sourceHash)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StoredField(IndexFields.Title, article.Title),
            new StoredField(IndexFields.Text, article.Text),
            new StringField(IndexFields.DuplicateOf, duplicateOf, Field.Store.YES),
            new StoredField(IndexFields.Json, StoredArticleJson.Serialize(article, ArticleAnalysis.Empty)),
        };
        AddSource(doc, sourceFile, sourceHash);
        return doc;
    }

    public static Document Build(Article article, ArticleAnalysis analysis, string? sourceFile, string? sourceHash, byte[]? signature = null)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new TextField(IndexFields.Title, article.Title, Field.Store.YES),
            new TextField(IndexFields.TitleFolded, article.Title, Field.Store.NO),
            new Field(IndexFields.Text, article.Text, TextWithVectors),
            new Field(IndexFields.TextFolded, article.Text, FoldedWithVectors),
            new TextField(IndexFields.TextBigrams, article.Title + "\n" + article.Text, Field.Store.NO),
            new StoredField(IndexFields.Json, StoredArticleJson.Serialize(article, analysis)),
        };

        AddSource(doc, sourceFile, sourceHash);
        if (signature is not null)
        {
            doc.Add(new StoredField(IndexFields.Signature, signature));
        }

        if (article.Locality is { } locality)
        {
            doc.Add(new StringField(IndexFields.Locality, FilterKey.Of(locality.Name), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.LocalityFacet, new BytesRef(locality.Name)));
            if (locality.Province is { } province)
            {
                doc.Add(new StringField(IndexFields.Province, FilterKey.Of(province), Field.Store.NO));
                doc.Add(new SortedSetDocValuesField(IndexFields.ProvinceFacet, new BytesRef(province)));
            }
        }

        foreach (var author in article.Authors)
        {
            doc.Add(new StringField(IndexFields.Author, FilterKey.Of(author.Name), Field.Store.NO));
        }

        if (article.Site is { } site)
        {
            doc.Add(new StringField(IndexFields.Site, site.ToLowerInvariant(), Field.Store.NO));
        }

        if (article.Published is { } published)
        {
            var date = published.Date;
            var day = (date.Year * 10000) + (date.Month * 100) + date.Day;
            doc.Add(new Int32Field(IndexFields.Year, date.Year, Field.Store.NO));
            doc.Add(new Int32Field(IndexFields.Day, day, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.Day, day));
            doc.Add(new SortedSetDocValuesField(IndexFields.YearFacet, new BytesRef(date.Year.ToString(CultureInfo.InvariantCulture))));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in analysis.References)
        {
            if (reference.Code is { } code)
            {
                codes.Add(code);
            }
        }

        // Codes in the text count even where the reference grammar found no full reference around them.
        foreach (var match in DocumentCode.FindAll(article.Text))
        {
            codes.Add(match.Canonical);
        }

        foreach (var code in codes)
        {
            doc.Add(new StringField(IndexFields.Code, CodeKey.Of(code), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.CodeFacet, new BytesRef(code)));
        }

        foreach (var type in analysis.References.Select(r => r.Type).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexFields.Type, FilterKey.Of(type), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.TypeFacet, new BytesRef(type)));
        }

        StatisticFields.AddTo(doc, article, analysis);

        var mentions = ReferenceMentionReader.Read(article.Text, analysis.References);
        if (mentions.Count > 0)
        {
            doc.Add(new StoredField(IndexFields.ReferenceMentions, IndexedReferences.Serialize(new ArticleReferences(article.Id, article.Title, article.Published, article.Locality, mentions))));
            foreach (var stem in mentions.Select(m => m.Identity.BaseId).Distinct(StringComparer.Ordinal))
            {
                doc.Add(new StringField(IndexFields.ReferenceBase, stem, Field.Store.NO));
            }
        }

        if (analysis.Topic?.Topic is { } topic)
        {
            doc.Add(new StringField(IndexFields.Topic, FilterKey.Of(topic), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.TopicFacet, new BytesRef(topic)));
        }

        return doc;
    }

    private static void AddSource(Document doc, string? sourceFile, string? sourceHash)
    {
        if (sourceFile is not null)
        {
            doc.Add(new StringField(IndexFields.Source, sourceFile, Field.Store.YES));
        }

        if (sourceHash is not null)
        {
            doc.Add(new StoredField(IndexFields.SourceHash, sourceHash));
        }
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
