'use client';
// A patient's files: upload straight to storage through the presigned PUT (with progress), then
// complete; download through a presigned GET.
import { text } from '@/i18n/text';
import { useToast } from './Toasts';
import { Button, Flex, Progress, Table, Text } from '@radix-ui/themes';
import { useRef, useState } from 'react';
import { api, tenant } from '@/api/client';
import type { Problem } from '@/api/problems';
import { dateTime } from './format';
import { fileStatusLabel } from './labels';
import { Loaded, ProblemCallout } from './States';
import { TableHead } from './TableHead';
import { useLoad } from './useLoad';

/** PUTs the file to the presigned URL; the browser sets Content-Length itself. */
function put(url: string, headers: Record<string, string>, file: File, progress: (p: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [k, v] of Object.entries(headers)) {
      if (k.toLowerCase() !== 'content-length') xhr.setRequestHeader(k, v);
    }
    xhr.upload.onprogress = (e) => e.lengthComputable && progress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`Storage answered ${xhr.status}`)));
    xhr.onerror = () => reject(new Error(text.files.storageUnreachable));
    xhr.send(file);
  });
}

export function Files({ patientId }: { patientId: string }) {
  const files = useLoad(
    () => api.GET('/api/files', { params: { header: tenant(), query: { patientId, size: 100 } } }),
    [patientId],
  );
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const toast = useToast();

  async function upload(file: File) {
    setProblem(null);
    setProgress(0);
    try {
      const { data, error } = await api.POST('/api/files', {
        params: { header: tenant() },
        body: { filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size, patientId },
      });
      if (error) return setProblem(error);
      await put(data.uploadUrl, data.headers, file, setProgress);
      const done = await api.POST('/api/files/{id}/complete', { params: { path: { id: data.id }, header: tenant() } });
      if (done.error) return setProblem(done.error);
      toast(text.files.uploaded(file.name));
      await files.reload();
    } catch (e) {
      setProblem({ detail: text.files.uploadFailed((e as Error).message) });
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  async function download(id: string) {
    const { data, error } = await api.GET('/api/files/{id}/download-url', {
      params: { path: { id }, header: tenant() },
    });
    if (error) return setProblem(error);
    window.location.assign(data.url);
  }

  return (
    <Flex direction="column" gap="3">
      <Flex gap="2" align="center">
        <label>
          <Text size="2" weight="medium">
            {text.files.upload}{' '}
          </Text>
          <input
            ref={input}
            type="file"
            aria-label={text.files.toUpload}
            disabled={progress !== null}
            onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
          />
        </label>
      </Flex>
      {progress !== null ? <Progress value={progress} aria-label={text.files.progress} /> : null}
      <ProblemCallout problem={problem} />
      <Loaded
        load={files}
        what={text.files.loading}
        empty={text.files.none}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <Table.Root variant="surface">
            <TableHead
              columns={[text.files.columns.file, text.files.columns.uploaded, text.files.columns.status]}
              actions
            />
            <Table.Body>
              {data.items.map((f) => (
                <Table.Row key={f.id}>
                  <Table.Cell>{f.filename}</Table.Cell>
                  <Table.Cell>{dateTime(f.createdAt)}</Table.Cell>
                  <Table.Cell>{fileStatusLabel(f.status)}</Table.Cell>
                  <Table.Cell>
                    {f.status === 'AVAILABLE' ? (
                      <Button size="1" variant="soft" onClick={() => void download(f.id)}>
                        {text.files.download(f.filename)}
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Loaded>
    </Flex>
  );
}
