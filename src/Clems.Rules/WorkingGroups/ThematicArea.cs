namespace Clems.Rules.WorkingGroups;

/// <summary>The thematic areas of CLEMS working groups (G6): a closed list with W9 as the open "other".</summary>
public enum ThematicArea
{
    /// <summary>W1: water and wastewater treatment systems.</summary>
    W1WaterAndWastewater = 1,

    /// <summary>W2: sludge treatment and recovery.</summary>
    W2Sludge = 2,

    /// <summary>W3: recyclable materials and waste in a circular economy.</summary>
    W3CircularEconomy = 3,

    /// <summary>W4: remediation of degraded or contaminated soils and polluted sites.</summary>
    W4SoilRemediation = 4,

    /// <summary>W5: eco-materials with controlled properties for urban comfort.</summary>
    W5EcoMaterials = 5,

    /// <summary>W6: alternative energy and urban energy efficiency.</summary>
    W6Energy = 6,

    /// <summary>W7: intelligent environmental monitoring and assessment.</summary>
    W7Monitoring = 7,

    /// <summary>W8: disaster management.</summary>
    W8DisasterManagement = 8,

    /// <summary>W9: other areas of interest to members; carries a free-text label.</summary>
    W9Other = 9,
}
