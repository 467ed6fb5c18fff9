using Clems.Rules.Tenders;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// A tender notice's CPV codes and a profile's prefixes and countries in an order FsCheck chose.
public static partial class Arbitraries
{
    private static Gen<TenderNotice> Permuted(TenderNotice t)
        => Shuffled(t.CpvCodes).Select(codes => new TenderNotice
        {
            Id = t.Id,
            Title = t.Title,
            CpvCodes = codes,
            Country = t.Country,
            EstimatedValue = t.EstimatedValue,
            PublishedAt = t.PublishedAt,
            Deadline = t.Deadline,
        });

    private static Gen<TenderProfile> Permuted(TenderProfile p)
        => from prefixes in Shuffled(p.CpvPrefixes)
           from countries in Shuffled(p.Countries)
           select new TenderProfile
           {
               Organization = p.Organization,
               CpvPrefixes = prefixes,
               Countries = countries,
               MinValue = p.MinValue,
               MaxValue = p.MaxValue,
           };
}
