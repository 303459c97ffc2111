// Library-only decode time of two libraries DCMTK 3.6.7 does not use, as a second reference for the
// codec figures: libjpeg-turbo 2.1 (Debian libjpeg62-turbo-dev; baseline/extended 8-bit only, it has
// no lossless process) and CharLS 2.4 (libcharls-dev) for JPEG-LS. DCMTK reads the file and hands
// over the frame's fragments (single-frame files); only the decode from memory into a preallocated
// buffer is timed.
//
//   reference_decode_time RUNS FILE...   -> one line per file: library, median/min/max wall and median CPU, in us
//
// Built by bench/compare-dcmtk-imaging.sh.
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/oflog/oflog.h>

#include <charls/charls.h>
#include <cstdio>
#include <jpeglib.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

static double Microseconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static double Median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The frame's codestream: all fragments after the offset table, joined (single-frame files only).
static bool ReadCodestream(const char* path, std::vector<unsigned char>& stream, E_TransferSyntax& syntax)
{
    DcmFileFormat file;
    if (file.loadFile(path).bad())
    {
        return false;
    }

    DcmDataset* dataset = file.getDataset();
    syntax = dataset->getOriginalXfer();
    DcmElement* element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad())
    {
        return false;
    }

    DcmPixelSequence* sequence = nullptr;
    if (static_cast<DcmPixelData*>(element)->getEncapsulatedRepresentation(syntax, nullptr, sequence).bad() || sequence == nullptr)
    {
        return false;
    }

    for (unsigned long i = 1; i < sequence->card(); i++)
    {
        DcmPixelItem* item = nullptr;
        Uint8* bytes = nullptr;
        if (sequence->getItem(item, i).bad() || item->getUint8Array(bytes).bad())
        {
            return false;
        }

        stream.insert(stream.end(), bytes, bytes + item->getLength());
    }

    return true;
}

static bool DecodeJpeg(const std::vector<unsigned char>& stream, std::vector<unsigned char>& output)
{
    jpeg_decompress_struct info{};
    jpeg_error_mgr error{};
    info.err = jpeg_std_error(&error);
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, stream.data(), stream.size());
    jpeg_read_header(&info, TRUE);
    jpeg_start_decompress(&info);
    const size_t stride = static_cast<size_t>(info.output_width) * info.output_components;
    output.resize(stride * info.output_height);
    while (info.output_scanline < info.output_height)
    {
        JSAMPROW row = output.data() + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }

    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return true;
}

static bool DecodeJpegLs(const std::vector<unsigned char>& stream, std::vector<unsigned char>& output)
{
    charls_jpegls_decoder* decoder = charls_jpegls_decoder_create();
    size_t size = 0;
    bool ok = charls_jpegls_decoder_set_source_buffer(decoder, stream.data(), stream.size()) == charls::jpegls_errc::success
        && charls_jpegls_decoder_read_header(decoder) == charls::jpegls_errc::success
        && charls_jpegls_decoder_get_destination_size(decoder, 0, &size) == charls::jpegls_errc::success;
    if (ok)
    {
        output.resize(size);
        ok = charls_jpegls_decoder_decode_to_buffer(decoder, output.data(), size, 0) == charls::jpegls_errc::success;
    }

    charls_jpegls_decoder_destroy(decoder);
    return ok;
}

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        std::fprintf(stderr, "usage: %s RUNS FILE...\n", argv[0]);
        return 2;
    }

    const int runs = std::atoi(argv[1]);
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    std::printf("%-40s %-14s %10s %10s %10s %10s\n", "file", "library", "median_us", "min_us", "max_us", "cpu_med_us");
    for (int f = 2; f < argc; f++)
    {
        std::vector<unsigned char> stream;
        std::vector<unsigned char> output;
        E_TransferSyntax syntax = EXS_Unknown;
        OFString name;
        OFStandard::getFilenameFromPath(name, argv[f]);
        if (!ReadCodestream(argv[f], stream, syntax))
        {
            std::fprintf(stderr, "cannot read the frame of %s\n", argv[f]);
            return 1;
        }

        const bool jpegLs = syntax == EXS_JPEGLSLossless || syntax == EXS_JPEGLSLossy;
        if (!jpegLs && syntax != EXS_JPEGProcess1 && syntax != EXS_JPEGProcess2_4)
        {
            std::printf("%-40s %-14s %10s\n", name.c_str(), "libjpeg-turbo", "n/a (lossless)");
            continue;
        }

        std::vector<double> wall;
        std::vector<double> cpu;
        for (int run = 0; run < runs + 3; run++)
        {
            const double wall0 = Microseconds(CLOCK_MONOTONIC);
            const double cpu0 = Microseconds(CLOCK_THREAD_CPUTIME_ID);
            const bool ok = jpegLs ? DecodeJpegLs(stream, output) : DecodeJpeg(stream, output);
            const double cpu1 = Microseconds(CLOCK_THREAD_CPUTIME_ID);
            const double wall1 = Microseconds(CLOCK_MONOTONIC);
            if (!ok)
            {
                std::fprintf(stderr, "cannot decode %s\n", argv[f]);
                return 1;
            }

            if (run >= 3)
            {
                wall.push_back(wall1 - wall0);
                cpu.push_back(cpu1 - cpu0);
            }
        }

        std::printf("%-40s %-14s %10.1f %10.1f %10.1f %10.1f\n", name.c_str(), jpegLs ? "CharLS" : "libjpeg-turbo",
            Median(wall), *std::min_element(wall.begin(), wall.end()), *std::max_element(wall.begin(), wall.end()), Median(cpu));
    }

    return 0;
}
