/**
 * Portal sign-in while photos upload: sign-ins one after another, first on an idle server,
 * then while several clients keep uploading large photos in parallel. Before images were
 * processed one at a time, eight parallel 49 MP uploads pushed a sign-in from 0.15 s to 6 s.
 */
import sharp from 'sharp';

export type UploadScenario = {
  base: string;
  slug: string;
  email: string;
  password: string;
  /** A location the signed-in portal user may upload to. */
  locationId: string;
  uploaders: number;
  signIns: number;
};

export type UploadFigures = { idle: number[]; busy: number[]; uploads: number; uploadMs: number[]; refused: number };

/** A 36 MP photo (6000 × 6000) of the kind a camera's full-resolution mode makes: under the 40 MP limit, large enough to cost a core. */
export function largePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
    .blur(1.2)
    .jpeg({ quality: 85 })
    .toBuffer();
}

export async function signInDuringUploads(s: UploadScenario, photo: Buffer): Promise<UploadFigures> {
  const signIn = async () => {
    const started = performance.now();
    const response = await fetch(`${s.base}/api/portal/${s.slug}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: s.email, password: s.password }) });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    return { cookie, ms: performance.now() - started };
  };
  const timesOf = async () => {
    const times: number[] = [];
    for (let i = 0; i < s.signIns; i++) times.push((await signIn()).ms);
    return times;
  };

  const idle = await timesOf();
  const { cookie } = await signIn();
  const figures: UploadFigures = { idle, busy: [], uploads: 0, uploadMs: [], refused: 0 };
  let running = true;
  const uploadLoop = async () => {
    while (running) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'site-photo.jpg');
      const started = performance.now();
      const response = await fetch(`${s.base}/api/portal/${s.slug}/locations/${s.locationId}/attachments`, { method: 'POST', headers: { cookie }, body: form });
      await response.arrayBuffer();
      if (response.status === 201) {
        figures.uploads += 1;
        figures.uploadMs.push(performance.now() - started);
      } else figures.refused += 1;
    }
  };
  const loops = Array.from({ length: s.uploaders }, uploadLoop);
  // Let every uploader's first photo reach the server before sign-ins are timed.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  figures.busy = await timesOf();
  running = false;
  await Promise.all(loops);
  return figures;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
