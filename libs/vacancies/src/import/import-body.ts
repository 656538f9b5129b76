import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { ImportFormat } from '@werkpunt/platform';
import type { Request } from 'express';

/** The largest import file accepted (about 10,000 vacancy rows). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** An uploaded file as multer hands it over. */
export interface UploadedImportFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

/**
 * The import's text and format, from a multipart upload (field `file`, .csv or .json), a `text/csv` body,
 * or an `application/json` array body (which the JSON body parser already read).
 */
export async function importBodyOf(
  request: Request,
  file: UploadedImportFile | undefined,
): Promise<{ text: string; format: ImportFormat }> {
  if (file) {
    const isJson = file.mimetype.includes('json') || file.originalname.toLowerCase().endsWith('.json');
    return { text: file.buffer.toString('utf8'), format: isJson ? 'json' : 'csv' };
  }
  if (request.is('application/json')) return { text: JSON.stringify(request.body ?? null), format: 'json' };
  if (request.is('text/csv') || request.is('text/plain')) return { text: await readText(request), format: 'csv' };
  throw new BadRequestException(
    'Send the file as multipart/form-data (field "file"), as a text/csv body, or as a JSON array (application/json).',
  );
}

async function readText(request: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES)
      throw new PayloadTooLargeException(`An import file may be at most ${MAX_IMPORT_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
