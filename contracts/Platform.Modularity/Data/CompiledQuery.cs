using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Modularity.Data;

/// <summary>
/// A compiled EF query for a module context. EF binds a compiled query to the model of the first context it
/// runs on, and a module has one model per provider (and per host, where tests run several in one process),
/// so the query is compiled once per model.
/// </summary>
public sealed class CompiledQuery<TDb, TQuery>(Func<TQuery> compile) where TDb : DbContext where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The compiled query for this context's model.</summary>
    public TQuery For(TDb db) => _byModel.GetValue(db.Model, _ => compile());
}
