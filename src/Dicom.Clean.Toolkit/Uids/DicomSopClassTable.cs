namespace Dicom.Clean.Toolkit.Uids;

/// <summary>Storage SOP classes and a few service classes of PS3.6 Annex A (uid|name|keyword|retired).</summary>
internal static class DicomSopClassTable
{
    internal const string Lines = """
        1.2.840.10008.1.1|Verification SOP Class|Verification|-
        1.2.840.10008.1.3.10|Media Storage Directory Storage|MediaStorageDirectoryStorage|-
        1.2.840.10008.1.20.1|Storage Commitment Push Model SOP Class|StorageCommitmentPushModel|-
        1.2.840.10008.1.20.1.1|Storage Commitment Push Model SOP Instance|StorageCommitmentPushModelInstance|-|W
        1.2.840.10008.1.5.1|Hot Iron Color Palette SOP Instance|HotIronPalette|-|W
        1.2.840.10008.1.5.2|PET Color Palette SOP Instance|PETPalette|-|W
        1.2.840.10008.1.5.3|Hot Metal Blue Color Palette SOP Instance|HotMetalBluePalette|-|W
        1.2.840.10008.1.5.4|PET 20 Step Color Palette SOP Instance|PET20StepPalette|-|W
        1.2.840.10008.1.5.5|Spring Color Palette SOP Instance|SpringPalette|-|W
        1.2.840.10008.1.5.6|Summer Color Palette SOP Instance|SummerPalette|-|W
        1.2.840.10008.1.5.7|Fall Color Palette SOP Instance|FallPalette|-|W
        1.2.840.10008.1.5.8|Winter Color Palette SOP Instance|WinterPalette|-|W
        1.2.840.10008.5.1.1.27|Stored Print Storage SOP Class|StoredPrintStorage|R
        1.2.840.10008.5.1.1.29|Hardcopy Grayscale Image Storage SOP Class|HardcopyGrayscaleImageStorage|R
        1.2.840.10008.5.1.1.30|Hardcopy Color Image Storage SOP Class|HardcopyColorImageStorage|R
        1.2.840.10008.5.1.4.1.1.1|Computed Radiography Image Storage|ComputedRadiographyImageStorage|-
        1.2.840.10008.5.1.4.1.1.1.1|Digital X-Ray Image Storage - For Presentation|DigitalXRayImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.1.1.1|Digital X-Ray Image Storage - For Processing|DigitalXRayImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.1.2|Digital Mammography X-Ray Image Storage - For Presentation|DigitalMammographyXRayImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.1.2.1|Digital Mammography X-Ray Image Storage - For Processing|DigitalMammographyXRayImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.1.3|Digital Intra-Oral X-Ray Image Storage - For Presentation|DigitalIntraOralXRayImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.1.3.1|Digital Intra-Oral X-Ray Image Storage - For Processing|DigitalIntraOralXRayImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.2|CT Image Storage|CTImageStorage|-
        1.2.840.10008.5.1.4.1.1.2.1|Enhanced CT Image Storage|EnhancedCTImageStorage|-
        1.2.840.10008.5.1.4.1.1.2.2|Legacy Converted Enhanced CT Image Storage|LegacyConvertedEnhancedCTImageStorage|-
        1.2.840.10008.5.1.4.1.1.3|Ultrasound Multi-frame Image Storage (Retired)|UltrasoundMultiFrameImageStorageRetired|R
        1.2.840.10008.5.1.4.1.1.3.1|Ultrasound Multi-frame Image Storage|UltrasoundMultiFrameImageStorage|-
        1.2.840.10008.5.1.4.1.1.4|MR Image Storage|MRImageStorage|-
        1.2.840.10008.5.1.4.1.1.4.1|Enhanced MR Image Storage|EnhancedMRImageStorage|-
        1.2.840.10008.5.1.4.1.1.4.2|MR Spectroscopy Storage|MRSpectroscopyStorage|-
        1.2.840.10008.5.1.4.1.1.4.3|Enhanced MR Color Image Storage|EnhancedMRColorImageStorage|-
        1.2.840.10008.5.1.4.1.1.4.4|Legacy Converted Enhanced MR Image Storage|LegacyConvertedEnhancedMRImageStorage|-
        1.2.840.10008.5.1.4.1.1.5|Nuclear Medicine Image Storage (Retired)|NuclearMedicineImageStorageRetired|R
        1.2.840.10008.5.1.4.1.1.6|Ultrasound Image Storage (Retired)|UltrasoundImageStorageRetired|R
        1.2.840.10008.5.1.4.1.1.6.1|Ultrasound Image Storage|UltrasoundImageStorage|-
        1.2.840.10008.5.1.4.1.1.6.2|Enhanced US Volume Storage|EnhancedUSVolumeStorage|-
        1.2.840.10008.5.1.4.1.1.6.3|Photoacoustic Image Storage|PhotoacousticImageStorage|-
        1.2.840.10008.5.1.4.1.1.7|Secondary Capture Image Storage|SecondaryCaptureImageStorage|-
        1.2.840.10008.5.1.4.1.1.7.1|Multi-frame Single Bit Secondary Capture Image Storage|MultiFrameSingleBitSecondaryCaptureImageStorage|-
        1.2.840.10008.5.1.4.1.1.7.2|Multi-frame Grayscale Byte Secondary Capture Image Storage|MultiFrameGrayscaleByteSecondaryCaptureImageStorage|-
        1.2.840.10008.5.1.4.1.1.7.3|Multi-frame Grayscale Word Secondary Capture Image Storage|MultiFrameGrayscaleWordSecondaryCaptureImageStorage|-
        1.2.840.10008.5.1.4.1.1.7.4|Multi-frame True Color Secondary Capture Image Storage|MultiFrameTrueColorSecondaryCaptureImageStorage|-
        1.2.840.10008.5.1.4.1.1.8|Standalone Overlay Storage|StandaloneOverlayStorage|R
        1.2.840.10008.5.1.4.1.1.9|Standalone Curve Storage|StandaloneCurveStorage|R
        1.2.840.10008.5.1.4.1.1.9.1|Waveform Storage - Trial|WaveformStorageTrial|R
        1.2.840.10008.5.1.4.1.1.9.1.1|12-lead ECG Waveform Storage|TwelveLeadECGWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.1.2|General ECG Waveform Storage|GeneralECGWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.1.3|Ambulatory ECG Waveform Storage|AmbulatoryECGWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.1.4|General 32-bit ECG Waveform Storage|General32bitECGWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.2.1|Hemodynamic Waveform Storage|HemodynamicWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.3.1|Cardiac Electrophysiology Waveform Storage|CardiacElectrophysiologyWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.4.1|Basic Voice Audio Waveform Storage|BasicVoiceAudioWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.4.2|General Audio Waveform Storage|GeneralAudioWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.5.1|Arterial Pulse Waveform Storage|ArterialPulseWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.6.1|Respiratory Waveform Storage|RespiratoryWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.6.2|Multi-channel Respiratory Waveform Storage|MultichannelRespiratoryWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.7.1|Routine Scalp Electroencephalogram Waveform Storage|RoutineScalpElectroencephalogramWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.7.2|Electromyogram Waveform Storage|ElectromyogramWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.7.3|Electrooculogram Waveform Storage|ElectrooculogramWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.7.4|Sleep Electroencephalogram Waveform Storage|SleepElectroencephalogramWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.9.8.1|Body Position Waveform Storage|BodyPositionWaveformStorage|-
        1.2.840.10008.5.1.4.1.1.10|Standalone Modality LUT Storage|StandaloneModalityLUTStorage|R
        1.2.840.10008.5.1.4.1.1.11|Standalone VOI LUT Storage|StandaloneVOILUTStorage|R
        1.2.840.10008.5.1.4.1.1.11.1|Grayscale Softcopy Presentation State Storage|GrayscaleSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.2|Color Softcopy Presentation State Storage|ColorSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.3|Pseudo-Color Softcopy Presentation State Storage|PseudoColorSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.4|Blending Softcopy Presentation State Storage|BlendingSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.5|XA/XRF Grayscale Softcopy Presentation State Storage|XAXRFGrayscaleSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.6|Grayscale Planar MPR Volumetric Presentation State Storage|GrayscalePlanarMPRVolumetricPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.7|Compositing Planar MPR Volumetric Presentation State Storage|CompositingPlanarMPRVolumetricPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.8|Advanced Blending Presentation State Storage|AdvancedBlendingPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.9|Volume Rendering Volumetric Presentation State Storage|VolumeRenderingVolumetricPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.10|Segmented Volume Rendering Volumetric Presentation State Storage|SegmentedVolumeRenderingVolumetricPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.11|Multiple Volume Rendering Volumetric Presentation State Storage|MultipleVolumeRenderingVolumetricPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.11.12|Variable Modality LUT Softcopy Presentation State Storage|VariableModalityLUTSoftcopyPresentationStateStorage|-
        1.2.840.10008.5.1.4.1.1.12.1|X-Ray Angiographic Image Storage|XRayAngiographicImageStorage|-
        1.2.840.10008.5.1.4.1.1.12.1.1|Enhanced XA Image Storage|EnhancedXAImageStorage|-
        1.2.840.10008.5.1.4.1.1.12.2|X-Ray Radiofluoroscopic Image Storage|XRayRadiofluoroscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.12.2.1|Enhanced XRF Image Storage|EnhancedXRFImageStorage|-
        1.2.840.10008.5.1.4.1.1.12.3|X-Ray Angiographic Bi-Plane Image Storage|XRayAngiographicBiPlaneImageStorage|R
        1.2.840.10008.5.1.4.1.1.13.1.1|X-Ray 3D Angiographic Image Storage|XRay3DAngiographicImageStorage|-
        1.2.840.10008.5.1.4.1.1.13.1.2|X-Ray 3D Craniofacial Image Storage|XRay3DCraniofacialImageStorage|-
        1.2.840.10008.5.1.4.1.1.13.1.3|Breast Tomosynthesis Image Storage|BreastTomosynthesisImageStorage|-
        1.2.840.10008.5.1.4.1.1.13.1.4|Breast Projection X-Ray Image Storage - For Presentation|BreastProjectionXRayImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.13.1.5|Breast Projection X-Ray Image Storage - For Processing|BreastProjectionXRayImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.14.1|Intravascular Optical Coherence Tomography Image Storage - For Presentation|IntravascularOpticalCoherenceTomographyImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.14.2|Intravascular Optical Coherence Tomography Image Storage - For Processing|IntravascularOpticalCoherenceTomographyImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.20|Nuclear Medicine Image Storage|NuclearMedicineImageStorage|-
        1.2.840.10008.5.1.4.1.1.30|Parametric Map Storage|ParametricMapStorage|-
        1.2.840.10008.5.1.4.1.1.66|Raw Data Storage|RawDataStorage|-
        1.2.840.10008.5.1.4.1.1.66.1|Spatial Registration Storage|SpatialRegistrationStorage|-
        1.2.840.10008.5.1.4.1.1.66.2|Spatial Fiducials Storage|SpatialFiducialsStorage|-
        1.2.840.10008.5.1.4.1.1.66.3|Deformable Spatial Registration Storage|DeformableSpatialRegistrationStorage|-
        1.2.840.10008.5.1.4.1.1.66.4|Segmentation Storage|SegmentationStorage|-
        1.2.840.10008.5.1.4.1.1.66.5|Surface Segmentation Storage|SurfaceSegmentationStorage|-
        1.2.840.10008.5.1.4.1.1.66.6|Tractography Results Storage|TractographyResultsStorage|-
        1.2.840.10008.5.1.4.1.1.66.7|Label Map Segmentation Storage|LabelMapSegmentationStorage|-
        1.2.840.10008.5.1.4.1.1.66.8|Height Map Segmentation Storage|HeightMapSegmentationStorage|-
        1.2.840.10008.5.1.4.1.1.67|Real World Value Mapping Storage|RealWorldValueMappingStorage|-
        1.2.840.10008.5.1.4.1.1.68.1|Surface Scan Mesh Storage|SurfaceScanMeshStorage|-
        1.2.840.10008.5.1.4.1.1.68.2|Surface Scan Point Cloud Storage|SurfaceScanPointCloudStorage|-
        1.2.840.10008.5.1.4.1.1.77.1|VL Image Storage - Trial|VLImageStorageTrial|R
        1.2.840.10008.5.1.4.1.1.77.2|VL Multi-frame Image Storage - Trial|VLMultiFrameImageStorageTrial|R
        1.2.840.10008.5.1.4.1.1.77.1.1|VL Endoscopic Image Storage|VLEndoscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.1.1|Video Endoscopic Image Storage|VideoEndoscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.2|VL Microscopic Image Storage|VLMicroscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.2.1|Video Microscopic Image Storage|VideoMicroscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.3|VL Slide-Coordinates Microscopic Image Storage|VLSlideCoordinatesMicroscopicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.4|VL Photographic Image Storage|VLPhotographicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.4.1|Video Photographic Image Storage|VideoPhotographicImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.1|Ophthalmic Photography 8 Bit Image Storage|OphthalmicPhotography8BitImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.2|Ophthalmic Photography 16 Bit Image Storage|OphthalmicPhotography16BitImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.3|Stereometric Relationship Storage|StereometricRelationshipStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.4|Ophthalmic Tomography Image Storage|OphthalmicTomographyImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.5|Wide Field Ophthalmic Photography Stereographic Projection Image Storage|WideFieldOphthalmicPhotographyStereographicProjectionImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.6|Wide Field Ophthalmic Photography 3D Coordinates Image Storage|WideFieldOphthalmicPhotography3DCoordinatesImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.7|Ophthalmic Optical Coherence Tomography En Face Image Storage|OphthalmicOpticalCoherenceTomographyEnFaceImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.5.8|Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage|OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.6|VL Whole Slide Microscopy Image Storage|VLWholeSlideMicroscopyImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.7|Dermoscopic Photography Image Storage|DermoscopicPhotographyImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.8|Confocal Microscopy Image Storage|ConfocalMicroscopyImageStorage|-
        1.2.840.10008.5.1.4.1.1.77.1.9|Confocal Microscopy Tiled Pyramidal Image Storage|ConfocalMicroscopyTiledPyramidalImageStorage|-
        1.2.840.10008.5.1.4.1.1.78.1|Lensometry Measurements Storage|LensometryMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.2|Autorefraction Measurements Storage|AutorefractionMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.3|Keratometry Measurements Storage|KeratometryMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.4|Subjective Refraction Measurements Storage|SubjectiveRefractionMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.5|Visual Acuity Measurements Storage|VisualAcuityMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.6|Spectacle Prescription Report Storage|SpectaclePrescriptionReportStorage|-
        1.2.840.10008.5.1.4.1.1.78.7|Ophthalmic Axial Measurements Storage|OphthalmicAxialMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.78.8|Intraocular Lens Calculations Storage|IntraocularLensCalculationsStorage|-
        1.2.840.10008.5.1.4.1.1.79.1|Macular Grid Thickness and Volume Report Storage|MacularGridThicknessAndVolumeReportStorage|-
        1.2.840.10008.5.1.4.1.1.80.1|Ophthalmic Visual Field Static Perimetry Measurements Storage|OphthalmicVisualFieldStaticPerimetryMeasurementsStorage|-
        1.2.840.10008.5.1.4.1.1.81.1|Ophthalmic Thickness Map Storage|OphthalmicThicknessMapStorage|-
        1.2.840.10008.5.1.4.1.1.82.1|Corneal Topography Map Storage|CornealTopographyMapStorage|-
        1.2.840.10008.5.1.4.1.1.88.1|Text SR Storage - Trial|TextSRStorageTrial|R
        1.2.840.10008.5.1.4.1.1.88.2|Audio SR Storage - Trial|AudioSRStorageTrial|R
        1.2.840.10008.5.1.4.1.1.88.3|Detail SR Storage - Trial|DetailSRStorageTrial|R
        1.2.840.10008.5.1.4.1.1.88.4|Comprehensive SR Storage - Trial|ComprehensiveSRStorageTrial|R
        1.2.840.10008.5.1.4.1.1.88.11|Basic Text SR Storage|BasicTextSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.22|Enhanced SR Storage|EnhancedSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.33|Comprehensive SR Storage|ComprehensiveSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.34|Comprehensive 3D SR Storage|Comprehensive3DSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.35|Extensible SR Storage|ExtensibleSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.40|Procedure Log Storage|ProcedureLogStorage|-
        1.2.840.10008.5.1.4.1.1.88.50|Mammography CAD SR Storage|MammographyCADSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.59|Key Object Selection Document Storage|KeyObjectSelectionDocumentStorage|-
        1.2.840.10008.5.1.4.1.1.88.65|Chest CAD SR Storage|ChestCADSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.67|X-Ray Radiation Dose SR Storage|XRayRadiationDoseSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.68|Radiopharmaceutical Radiation Dose SR Storage|RadiopharmaceuticalRadiationDoseSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.69|Colon CAD SR Storage|ColonCADSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.70|Implantation Plan SR Storage|ImplantationPlanSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.71|Acquisition Context SR Storage|AcquisitionContextSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.72|Simplified Adult Echo SR Storage|SimplifiedAdultEchoSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.73|Patient Radiation Dose SR Storage|PatientRadiationDoseSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.74|Planned Imaging Agent Administration SR Storage|PlannedImagingAgentAdministrationSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.75|Performed Imaging Agent Administration SR Storage|PerformedImagingAgentAdministrationSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.76|Enhanced X-Ray Radiation Dose SR Storage|EnhancedXRayRadiationDoseSRStorage|-
        1.2.840.10008.5.1.4.1.1.88.77|Waveform Annotation SR Storage|WaveformAnnotationSRStorage|-
        1.2.840.10008.5.1.4.1.1.90.1|Content Assessment Results Storage|ContentAssessmentResultsStorage|-
        1.2.840.10008.5.1.4.1.1.91.1|Microscopy Bulk Simple Annotations Storage|MicroscopyBulkSimpleAnnotationsStorage|-
        1.2.840.10008.5.1.4.1.1.104.1|Encapsulated PDF Storage|EncapsulatedPDFStorage|-
        1.2.840.10008.5.1.4.1.1.104.2|Encapsulated CDA Storage|EncapsulatedCDAStorage|-
        1.2.840.10008.5.1.4.1.1.104.3|Encapsulated STL Storage|EncapsulatedSTLStorage|-
        1.2.840.10008.5.1.4.1.1.104.4|Encapsulated OBJ Storage|EncapsulatedOBJStorage|-
        1.2.840.10008.5.1.4.1.1.104.5|Encapsulated MTL Storage|EncapsulatedMTLStorage|-
        1.2.840.10008.5.1.4.1.1.128|Positron Emission Tomography Image Storage|PositronEmissionTomographyImageStorage|-
        1.2.840.10008.5.1.4.1.1.128.1|Legacy Converted Enhanced PET Image Storage|LegacyConvertedEnhancedPETImageStorage|-
        1.2.840.10008.5.1.4.1.1.129|Standalone PET Curve Storage|StandalonePETCurveStorage|R
        1.2.840.10008.5.1.4.1.1.130|Enhanced PET Image Storage|EnhancedPETImageStorage|-
        1.2.840.10008.5.1.4.1.1.131|Basic Structured Display Storage|BasicStructuredDisplayStorage|-
        1.2.840.10008.5.1.4.1.1.200.1|CT Defined Procedure Protocol Storage|CTDefinedProcedureProtocolStorage|-
        1.2.840.10008.5.1.4.1.1.200.2|CT Performed Procedure Protocol Storage|CTPerformedProcedureProtocolStorage|-
        1.2.840.10008.5.1.4.1.1.200.3|Protocol Approval Storage|ProtocolApprovalStorage|-
        1.2.840.10008.5.1.4.1.1.200.7|XA Defined Procedure Protocol Storage|XADefinedProcedureProtocolStorage|-
        1.2.840.10008.5.1.4.1.1.200.8|XA Performed Procedure Protocol Storage|XAPerformedProcedureProtocolStorage|-
        1.2.840.10008.5.1.4.1.1.201.1|Inventory Storage|InventoryStorage|-
        1.2.840.10008.5.1.4.1.1.481.1|RT Image Storage|RTImageStorage|-
        1.2.840.10008.5.1.4.1.1.481.2|RT Dose Storage|RTDoseStorage|-
        1.2.840.10008.5.1.4.1.1.481.3|RT Structure Set Storage|RTStructureSetStorage|-
        1.2.840.10008.5.1.4.1.1.481.4|RT Beams Treatment Record Storage|RTBeamsTreatmentRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.5|RT Plan Storage|RTPlanStorage|-
        1.2.840.10008.5.1.4.1.1.481.6|RT Brachy Treatment Record Storage|RTBrachyTreatmentRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.7|RT Treatment Summary Record Storage|RTTreatmentSummaryRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.8|RT Ion Plan Storage|RTIonPlanStorage|-
        1.2.840.10008.5.1.4.1.1.481.9|RT Ion Beams Treatment Record Storage|RTIonBeamsTreatmentRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.10|RT Physician Intent Storage|RTPhysicianIntentStorage|-
        1.2.840.10008.5.1.4.1.1.481.11|RT Segment Annotation Storage|RTSegmentAnnotationStorage|-
        1.2.840.10008.5.1.4.1.1.481.12|RT Radiation Set Storage|RTRadiationSetStorage|-
        1.2.840.10008.5.1.4.1.1.481.13|C-Arm Photon-Electron Radiation Storage|CArmPhotonElectronRadiationStorage|-
        1.2.840.10008.5.1.4.1.1.481.14|Tomotherapeutic Radiation Storage|TomotherapeuticRadiationStorage|-
        1.2.840.10008.5.1.4.1.1.481.15|Robotic-Arm Radiation Storage|RoboticArmRadiationStorage|-
        1.2.840.10008.5.1.4.1.1.481.16|RT Radiation Record Set Storage|RTRadiationRecordSetStorage|-
        1.2.840.10008.5.1.4.1.1.481.17|RT Radiation Salvage Record Storage|RTRadiationSalvageRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.18|Tomotherapeutic Radiation Record Storage|TomotherapeuticRadiationRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.19|C-Arm Photon-Electron Radiation Record Storage|CArmPhotonElectronRadiationRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.20|Robotic Radiation Record Storage|RoboticRadiationRecordStorage|-
        1.2.840.10008.5.1.4.1.1.481.21|RT Radiation Set Delivery Instruction Storage|RTRadiationSetDeliveryInstructionStorage|-
        1.2.840.10008.5.1.4.1.1.481.22|RT Treatment Preparation Storage|RTTreatmentPreparationStorage|-
        1.2.840.10008.5.1.4.1.1.481.23|Enhanced RT Image Storage|EnhancedRTImageStorage|-
        1.2.840.10008.5.1.4.1.1.481.24|Enhanced Continuous RT Image Storage|EnhancedContinuousRTImageStorage|-
        1.2.840.10008.5.1.4.1.1.481.25|RT Patient Position Acquisition Instruction Storage|RTPatientPositionAcquisitionInstructionStorage|-
        1.2.840.10008.5.1.4.1.1.501.1|DICOS CT Image Storage|DICOSCTImageStorage|-
        1.2.840.10008.5.1.4.1.1.501.2.1|DICOS Digital X-Ray Image Storage - For Presentation|DICOSDigitalXRayImageStorageForPresentation|-
        1.2.840.10008.5.1.4.1.1.501.2.2|DICOS Digital X-Ray Image Storage - For Processing|DICOSDigitalXRayImageStorageForProcessing|-
        1.2.840.10008.5.1.4.1.1.501.3|DICOS Threat Detection Report Storage|DICOSThreatDetectionReportStorage|-
        1.2.840.10008.5.1.4.1.1.501.4|DICOS 2D AIT Storage|DICOS2DAITStorage|-
        1.2.840.10008.5.1.4.1.1.501.5|DICOS 3D AIT Storage|DICOS3DAITStorage|-
        1.2.840.10008.5.1.4.1.1.501.6|DICOS Quadrupole Resonance (QR) Storage|DICOSQuadrupoleResonanceStorage|-
        1.2.840.10008.5.1.4.1.1.601.1|Eddy Current Image Storage|EddyCurrentImageStorage|-
        1.2.840.10008.5.1.4.1.1.601.2|Eddy Current Multi-frame Image Storage|EddyCurrentMultiFrameImageStorage|-
        1.2.840.10008.5.1.4.1.1.601.3|Thermography Image Storage|ThermographyImageStorage|-
        1.2.840.10008.5.1.4.1.1.601.4|Thermography Multi-frame Image Storage|ThermographyMultiFrameImageStorage|-
        1.2.840.10008.5.1.4.34.7|RT Beams Delivery Instruction Storage|RTBeamsDeliveryInstructionStorage|-
        1.2.840.10008.5.1.4.34.10|RT Brachy Application Setup Delivery Instruction Storage|RTBrachyApplicationSetupDeliveryInstructionStorage|-
        1.2.840.10008.5.1.4.38.1|Hanging Protocol Storage|HangingProtocolStorage|-
        1.2.840.10008.5.1.4.39.1|Color Palette Storage|ColorPaletteStorage|-
        1.2.840.10008.5.1.4.43.1|Generic Implant Template Storage|GenericImplantTemplateStorage|-
        1.2.840.10008.5.1.4.44.1|Implant Assembly Template Storage|ImplantAssemblyTemplateStorage|-
        1.2.840.10008.5.1.4.45.1|Implant Template Group Storage|ImplantTemplateGroupStorage|-
        """;
}
