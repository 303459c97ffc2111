/* Reference decoder for JpegLsReferenceDecoderTests: decodes a bare JPEG-LS stream with CharLS 2.x
   (Debian libcharls-dev 2.4.1) and writes the samples to stdout interleaved, little endian, one
   byte per sample up to 8 bits, else two. Not built by the solution.
     gcc -O2 -o charls_decode charls_decode.c -lcharls
     ./charls_decode stream.jls | sha256sum */
#include <charls/charls.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
    FILE* f = fopen(argv[1], "rb"); if (!f) return 1; fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
    unsigned char* src = malloc(n); if (fread(src, 1, n, f) != (size_t)n) return 1; fclose(f);
    charls_jpegls_decoder* d = charls_jpegls_decoder_create();
    if (!f || charls_jpegls_decoder_set_source_buffer(d, src, n)) return 2;
    charls_jpegls_errc e = charls_jpegls_decoder_read_header(d);
    if (e) { fprintf(stderr, "header: %s\n", charls_get_error_message(e)); return 3; }
    charls_frame_info fi; size_t size;
    if (charls_jpegls_decoder_get_frame_info(d, &fi) || charls_jpegls_decoder_get_destination_size(d, 0, &size)) return 3;
    unsigned char* dst = malloc(size);
    e = charls_jpegls_decoder_decode_to_buffer(d, dst, size, 0);
    if (e) { fprintf(stderr, "decode: %s\n", charls_get_error_message(e)); return 4; }
    charls_interleave_mode ilv; if (charls_jpegls_decoder_get_interleave_mode(d, &ilv)) return 3;
    int bps = fi.bits_per_sample <= 8 ? 1 : 2; int c = fi.component_count; size_t px = (size_t)fi.width * fi.height;
    for (size_t i = 0; i < px; i++) for (int k = 0; k < c; k++) {
        size_t at = (ilv == CHARLS_INTERLEAVE_MODE_NONE && c > 1) ? (k * px + i) : (i * c + k);
        fwrite(dst + at * bps, 1, bps, stdout);
    }
    return 0;
}
