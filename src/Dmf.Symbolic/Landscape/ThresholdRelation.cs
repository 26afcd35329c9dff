namespace Dmf.Symbolic.Landscape
{
    /// <summary>How a value y compares with a threshold (y_crit or y_glob), decided exactly.</summary>
    public enum ThresholdRelation
    {
        /// <summary>y &lt; threshold.</summary>
        Below,

        /// <summary>y = threshold.</summary>
        Equal,

        /// <summary>y &gt; threshold.</summary>
        Above,
    }
}
