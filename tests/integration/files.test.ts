import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, UNIT_FIELDS, errorOf, newRegion, unitInput } from './harness';

const CREATE_UPLOAD = `mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } expiresAt } }`;
const REGISTER = `mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { ${UNIT_FIELDS} } }`;

/** Every byte value, several times: a framing or encoding slip in the S3 path would change it. */
const pdfBytes = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 3 * 256 }, (_, i) => i % 256))]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function upload(gql: Awaited<ReturnType<typeof newRegion>>['gql'], declared: Buffer, sent: Buffer = declared, contentType = 'application/pdf') {
  const result = await gql(CREATE_UPLOAD, { input: { fileName: '报到登记表.pdf', contentType, size: declared.length, sha256: sha256(declared) } });
  expect(result.errors).toBeUndefined();
  const { uploadId, url, headers } = result.data.createUploadUrl;
  const put = await fetch(url, { method: 'PUT', body: new Uint8Array(sent), headers: Object.fromEntries(headers.map((h: any) => [h.name, h.value])) });
  expect(put.ok).toBe(true);
  return uploadId as string;
}

describe('successful: files', () => {
  it('uploads a registration form and downloads the same bytes', async () => {
    const { gql } = await newRegion();
    const unit = (await gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    const bytes = pdfBytes();
    const uploadId = await upload(gql, bytes);
    const registered = await gql(REGISTER, { input: { id: unit.id, version: 1, registeredOn: '2026-03-01', formUploadId: uploadId } });
    expect(registered.errors).toBeUndefined();
    const form = registered.data.registerUnit.registration.form;
    expect(form).toMatchObject({ name: '报到登记表.pdf', size: bytes.length, sha256: sha256(bytes), contentType: 'application/pdf' });
    const download = await fetch(form.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('failing: files', () => {
  it('rejects bytes that differ from what was announced, and changes nothing', async () => {
    const { gql } = await newRegion();
    const unit = (await gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    const declared = pdfBytes();
    const tampered = Buffer.from(declared);
    tampered[20] = tampered[20]! ^ 0xff;
    const uploadId = await upload(gql, declared, tampered);
    const result = await gql(REGISTER, { input: { id: unit.id, version: 1, registeredOn: '2026-03-01', formUploadId: uploadId } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'formUploadId' });
    expect(errorOf(result).message).toContain('SHA-256');
    const read = await gql(`query($id: ID!) { unit(id: $id) { status version registration { registeredOn } } }`, { id: unit.id });
    expect(read.data.unit).toEqual({ status: 'INVITED', version: 1, registration: null });
  });

  it('links an upload once, and refuses unknown types and oversize files', async () => {
    const { gql } = await newRegion();
    const make = async () => (await gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    const [a, b] = [await make(), await make()];
    const uploadId = await upload(gql, pdfBytes());
    expect((await gql(REGISTER, { input: { id: a.id, version: 1, registeredOn: '2026-03-01', formUploadId: uploadId } })).errors).toBeUndefined();
    expect(errorOf(await gql(REGISTER, { input: { id: b.id, version: 1, registeredOn: '2026-03-01', formUploadId: uploadId } }))).toMatchObject({ field: 'formUploadId' });
    const exe = await gql(CREATE_UPLOAD, { input: { fileName: 'a.exe', contentType: 'application/x-msdownload', size: 10, sha256: 'a'.repeat(64) } });
    expect(errorOf(exe)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentType' });
    const big = await gql(CREATE_UPLOAD, { input: { fileName: 'a.pdf', contentType: 'application/pdf', size: 21 * 1024 * 1024, sha256: 'a'.repeat(64) } });
    expect(errorOf(big)).toMatchObject({ field: 'size' });
    const path = await gql(CREATE_UPLOAD, { input: { fileName: '../a.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) } });
    expect(errorOf(path)).toMatchObject({ field: 'fileName' });
  });
});
