import { Body, Controller, INestApplication, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiModule } from '../../apps/api/src/app.module';
import { configureHttpApp, PROBLEM_CONTENT_TYPE, Public, REQUEST_ID_HEADER } from '@werkpunt/platform';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { testConfig } from '../utils/test-app';

class AddressDto {
  @IsString() @Length(4, 4) postcode: string;
}
class ProbeDto {
  @IsString() @Length(2, 50) name: string;
  @IsInt() @Min(0) @Max(80) hoursPerWeek: number;
  @ValidateNested() @Type(() => AddressDto) address: AddressDto;
}

// The global pipe and filter are what is under test; this controller only gives them a body to judge.
// Public, so authentication and the policy layer (deny by default) let the body through to the pipe.
@Public()
@Controller('api/v1/__probe')
class ProbeController {
  @Post()
  create(@Body() body: ProbeDto) {
    return body;
  }
}

describe('errors as problem+json', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = testConfig();
    const moduleRef = await Test.createTestingModule({
      imports: [ApiModule.forRoot(config)],
      controllers: [ProbeController],
    }).compile();
    app = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }), config);
    await app.init();
  });
  afterAll(() => app.close());

  it('answers a bad body with 400 naming each invalid field, and changes nothing', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/__probe')
      .send({ name: 'A', hoursPerWeek: 120, address: { postcode: '90' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ status: 400, title: expect.any(String), instance: '/api/v1/__probe' });
    expect(res.body.type).toMatch(/validation-error$/);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['address.postcode', 'hoursPerWeek', 'name']);
    expect(res.body.requestId).toBe(res.headers[REQUEST_ID_HEADER.toLowerCase()]);
  });

  it('refuses fields the endpoint does not know', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/__probe')
      .send({ name: 'Amina', hoursPerWeek: 19, address: { postcode: '9000' }, isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'isAdmin', messages: [expect.stringContaining('should not exist')] }]);
  });

  it('accepts a valid body', async () => {
    const body = { name: 'Amina', hoursPerWeek: 19, address: { postcode: '9000' } };
    const res = await request(app.getHttpServer()).post('/api/v1/__probe').send(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual(body);
  });

  it('answers malformed JSON with 400 problem+json, without a stack trace', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/__probe')
      .set('content-type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/no-such-thing?x=1');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ status: 404, instance: '/api/v1/no-such-thing?x=1', title: 'Not Found' });
    expect(res.body.type).toMatch(/not-found$/);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it('keeps a caller-supplied request id and returns it', async () => {
    const res = await request(app.getHttpServer()).get('/nope').set('X-Request-Id', 'lb-1234-abcd');
    expect(res.headers['x-request-id']).toBe('lb-1234-abcd');
    expect(res.body.requestId).toBe('lb-1234-abcd');
  });
});
