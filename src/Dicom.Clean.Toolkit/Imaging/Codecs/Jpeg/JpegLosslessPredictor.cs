namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// A lossless prediction (T.81 Table H.1) from Ra (left), Rb (above) and Rc (above-left). As
/// generic type arguments the predictors give one specialised undifferencing loop each.
/// </summary>
internal interface IJpegLosslessPredictor
{
    static abstract int Predict(int ra, int rb, int rc);
}

/// <summary>The seven predictors of T.81 Table H.1, with libjpeg's arithmetic right shifts.</summary>
internal static class JpegLosslessPredictor
{
    internal readonly struct Left : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => ra;
    }

    internal readonly struct Above : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => rb;
    }

    internal readonly struct AboveLeft : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => rc;
    }

    internal readonly struct Plane : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => ra + rb - rc;
    }

    internal readonly struct LeftPlusHalfGradient : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => ra + ((rb - rc) >> 1);
    }

    internal readonly struct AbovePlusHalfGradient : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => rb + ((ra - rc) >> 1);
    }

    internal readonly struct Average : IJpegLosslessPredictor
    {
        public static int Predict(int ra, int rb, int rc) => (ra + rb) >> 1;
    }
}
