using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S7: collaboration with suppliers of environmental services and equipment, a service for active members (G10).
[Name("Services.S7.SupplierCollaboration")]
[Description("A request for collaboration with suppliers of environmental services and equipment (S7) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S7")]
[Priority(RulePriorities.Findings)]
internal sealed class S7SupplierCollaborationRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S7SupplierCollaboration;
}
