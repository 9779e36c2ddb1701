using System.Collections.Concurrent;
using MediatR;

namespace Platform.Contracts.Ledger;

/// <summary>
/// "Which indicators does a module credit by itself from its records?": published by the ledger before it accepts
/// hours typed by hand. An enabled module that credits an indicator from its own records (the volunteer module credits
/// <see cref="Indicators.Volunteer"/> from sign-in sheets) handles it and <see cref="Add"/>s the code, so the same hours
/// cannot also be typed in; a module switched off handles nothing, and hand entry is open again. Hours typed before stay.
/// </summary>
public sealed class GatherSelfCreditedIndicators : INotification
{
    private readonly ConcurrentDictionary<string, string> _byIndicator = new(StringComparer.Ordinal);

    /// <summary>The indicators claimed so far, each with the Chinese name of the module that records it.</summary>
    public IReadOnlyDictionary<string, string> Claimed => _byIndicator;

    /// <summary>Claims an indicator for the module named <paramref name="moduleName"/> (志愿服务).</summary>
    public void Add(string indicator, string moduleName) => _byIndicator.TryAdd(indicator, moduleName);
}
