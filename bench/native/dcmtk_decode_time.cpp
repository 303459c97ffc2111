// Library-only decode time of DCMTK 3.6.7 (dcmjpeg over its IJG 8/12/16-bit libraries, dcmjpls over
// its CharLS fork), for a like-for-like comparison with the toolkit's codec benchmarks: the file is
// read and its pixel data loaded into memory outside the timed region; only the decompression
// (DcmDataset::chooseRepresentation to explicit VR little endian, all frames) is timed.
//
//   dcmtk_decode_time RUNS FILE...   -> one line per file: median/min/max wall and median CPU, in us
//
// Built by bench/compare-dcmtk-imaging.sh (g++ ... -ldcmjpeg -ldcmjpls -ldcmdata ...).
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        std::fprintf(stderr, "usage: %s RUNS FILE...\n", argv[0]);
        return 2;
    }

    const int runs = std::atoi(argv[1]);
    // Known oddities of corpus files (odd OW length) would print a warning per run.
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    std::printf("%-40s %10s %10s %10s %10s\n", "file", "median_us", "min_us", "max_us", "cpu_med_us");
    for (int f = 2; f < argc; f++)
    {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int run = 0; run < runs + 3; run++)
        {
            DcmFileFormat file;
            if (file.loadFile(argv[f]).bad())
            {
                std::fprintf(stderr, "cannot read %s\n", argv[f]);
                return 1;
            }

            DcmDataset* dataset = file.getDataset();
            dataset->loadAllDataIntoMemory();
            const double wall0 = Microseconds(CLOCK_MONOTONIC);
            const double cpu0 = Microseconds(CLOCK_THREAD_CPUTIME_ID);
            const OFCondition status = dataset->chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
            const double cpu1 = Microseconds(CLOCK_THREAD_CPUTIME_ID);
            const double wall1 = Microseconds(CLOCK_MONOTONIC);
            if (status.bad() || !dataset->canWriteXfer(EXS_LittleEndianExplicit))
            {
                std::fprintf(stderr, "cannot decode %s: %s\n", argv[f], status.text());
                return 1;
            }

            // The first three runs warm caches and the codecs' lazy set-up; they are not counted.
            if (run >= 3)
            {
                wall.push_back(wall1 - wall0);
                cpu.push_back(cpu1 - cpu0);
            }
        }

        OFString name;
        OFStandard::getFilenameFromPath(name, argv[f]);
        std::printf("%-40s %10.1f %10.1f %10.1f %10.1f\n", name.c_str(),
            Median(wall), *std::min_element(wall.begin(), wall.end()), *std::max_element(wall.begin(), wall.end()), Median(cpu));
    }

    DJLSDecoderRegistration::cleanup();
    DJDecoderRegistration::cleanup();
    return 0;
}
