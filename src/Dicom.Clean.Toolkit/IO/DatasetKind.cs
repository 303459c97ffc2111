namespace Dicom.Clean.Toolkit.IO;

/// <summary>What ends the data set being read.</summary>
internal enum DatasetKind
{
    /// <summary>The top-level data set or file meta information: ends with the data.</summary>
    TopLevel,

    /// <summary>An item of defined length: ends at its length.</summary>
    DefinedItem,

    /// <summary>An item of undefined length: ends with an item delimiter.</summary>
    UndefinedItem,
}
