import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { Request } from 'express';

/** About 20,000 client rows: a cohort is far smaller. */
export const MAX_COHORT_CSV_BYTES = 5 * 1024 * 1024;

export interface UploadedCsvFile {
  buffer: Buffer;
}

/** The CSV from a multipart upload (field `file`) or a `text/csv` body (the JSON parser leaves that unread). */
export async function csvBodyOf(request: Request, file: UploadedCsvFile | undefined): Promise<string> {
  if (file) return file.buffer.toString('utf8');
  if (!request.is('text/csv') && !request.is('text/plain')) {
    throw new BadRequestException('Send the CSV as multipart/form-data (field "file") or as a text/csv body.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_COHORT_CSV_BYTES) {
      throw new PayloadTooLargeException(`A cohort file may be at most ${MAX_COHORT_CSV_BYTES} bytes.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
